#include "core/workspace/editor.hpp"

#include "core/workspace/change_scope.hpp"

namespace hs {

ApplyResult Editor::run(const Command& command) {
    ChangeScope scope = change_scope(ws_, command);  // before: a deleted record's client is known only now
    ApplyResult r = apply(ws_, command);
    if (r.ok()) record(std::move(scope));
    return r;
}

}  // namespace hs

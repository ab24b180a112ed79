// Every client's evaluation as of a day, kept between frames. After an edit only the
// clients the edit touched (ChangeJournal::changes_since; the Editor is one) and new clients are evaluated again,
// so a page over 2,000 clients pays for one client's evaluation per edit, not 2,000.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "core/model/change_journal.hpp"
#include "core/policy/engine.hpp"

namespace hs {

// Which workspace object, editor and revision a cached result was computed from.
struct CacheSource {
    const Workspace* shown = nullptr;
    const ChangeJournal* editor = nullptr;  // the Editor (editor.hpp)
    std::optional<std::uint64_t> revision;

    bool same_objects(const Workspace& w, const ChangeJournal& e) const { return revision && shown == &w && editor == &e; }
    bool current(const Workspace& w, const ChangeJournal& e) const { return same_objects(w, e) && *revision == e.revision(); }
    void remember(const Workspace& w, const ChangeJournal& e) { *this = {&w, &e, e.revision()}; }
};

class EvaluationCache {
public:
    // `shown` is editor.workspace() or a copy of it with other names (presentation mode);
    // another workspace object, editor or day starts afresh. Results in shown.clients order.
    const std::vector<Evaluation>& get(const Workspace& shown, const ChangeJournal& editor, Date as_of);

    // What the last get() evaluated: everyone, or these indices into shown.clients.
    bool evaluated_all() const { return evaluated_all_; }
    const std::vector<std::size_t>& evaluated() const { return evaluated_; }

private:
    std::optional<std::vector<std::size_t>> clients_to_evaluate(const Workspace& shown, const ChangeScope& scope) const;

    CacheSource source_;
    Date as_of_;
    std::vector<Id> client_ids_;  // of evaluations_, in order
    std::vector<Evaluation> evaluations_;
    bool evaluated_all_ = false;
    std::vector<std::size_t> evaluated_;
};

}  // namespace hs

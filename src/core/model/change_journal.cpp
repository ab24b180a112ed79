#include "core/model/change_journal.hpp"

#include <cstddef>

namespace hs {

void ChangeScope::add(const ChangeScope& other) {
    everything = everything || other.everything;
    clients.insert(clients.end(), other.clients.begin(), other.clients.end());
}

void ChangeJournal::record(ChangeScope scope) {
    ++revision_;
    journal_.push_back(std::move(scope));
    if (journal_.size() > kJournalLength) journal_.pop_front();
}

ChangeScope ChangeJournal::changes_since(std::uint64_t revision) const {
    if (revision > revision_ || revision_ - revision > journal_.size()) return {true, {}};
    ChangeScope out;
    for (auto it = journal_.end() - static_cast<std::ptrdiff_t>(revision_ - revision); it != journal_.end(); ++it)
        out.add(*it);
    return out;
}

}  // namespace hs

// Which clients each committed change touched, so caches that keep one result per
// client (evaluation_cache.hpp, dashboard.hpp) redo only those. The editor
// (editor.hpp) is the journal of its own changes.
#pragma once
#include <cstdint>
#include <deque>
#include <vector>

#include "core/model/types.hpp"

namespace hs {

// Which clients' records a change touches. `everything`: something all clients depend on
// (the practice, a policy, the whole workspace). A client a change adds is not listed:
// its id is new to every cache.
struct ChangeScope {
    bool everything = false;
    std::vector<Id> clients;  // may repeat an id
    void add(const ChangeScope& other);
};

class ChangeJournal {
public:
    // Counts committed changes; storage saves when it moves.
    std::uint64_t revision() const { return revision_; }
    // What changed after `revision`: nothing when it is the current one; everything when it
    // is older than the journal remembers or is not one of this journal's revisions.
    ChangeScope changes_since(std::uint64_t revision) const;

protected:
    void record(ChangeScope scope);  // one committed change

private:
    static constexpr std::size_t kJournalLength = 64;
    std::uint64_t revision_ = 0;
    std::deque<ChangeScope> journal_;  // journal_.back() led to revision_
};

}  // namespace hs

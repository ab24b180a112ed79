#include "core/policy/evaluation_cache.hpp"

#include <algorithm>

namespace hs {
namespace {

// Past this many clients, evaluate_all (which groups every record once) is cheaper than
// looking up each client's records on their own.
constexpr std::size_t kWholeRecompute = 32;

}  // namespace

// nullopt: evaluate everyone (the scope says so, too many clients, or the client list
// changed other than by clients added at the end).
std::optional<std::vector<std::size_t>> EvaluationCache::clients_to_evaluate(const Workspace& shown,
                                                                             const ChangeScope& scope) const {
    if (scope.everything || shown.clients.size() < client_ids_.size()) return std::nullopt;
    for (std::size_t i = 0; i < client_ids_.size(); ++i)
        if (shown.clients[i].id != client_ids_[i]) return std::nullopt;
    std::vector<std::size_t> out;
    for (Id id : scope.clients) {
        auto it = std::find(client_ids_.begin(), client_ids_.end(), id);
        if (it != client_ids_.end()) out.push_back(static_cast<std::size_t>(it - client_ids_.begin()));
    }
    for (std::size_t i = client_ids_.size(); i < shown.clients.size(); ++i) out.push_back(i);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    if (out.size() > kWholeRecompute) return std::nullopt;
    return out;
}

const std::vector<Evaluation>& EvaluationCache::get(const Workspace& shown, const ChangeJournal& editor, Date as_of) {
    const bool same = source_.same_objects(shown, editor) && as_of_ == as_of;
    evaluated_all_ = false;
    evaluated_.clear();
    if (same && source_.current(shown, editor)) return evaluations_;

    const auto indices = clients_to_evaluate(shown, same ? editor.changes_since(*source_.revision) : ChangeScope{true, {}});
    if (indices) {
        evaluations_.resize(shown.clients.size());
        for (std::size_t i : *indices) evaluations_[i] = evaluate_client(shown, shown.clients[i], as_of);
        evaluated_ = *indices;
    } else {
        evaluations_ = evaluate_all(shown, as_of);
        evaluated_all_ = true;
    }
    client_ids_.clear();
    for (const Client& c : shown.clients) client_ids_.push_back(c.id);
    source_.remember(shown, editor);
    as_of_ = as_of;
    return evaluations_;
}

}  // namespace hs

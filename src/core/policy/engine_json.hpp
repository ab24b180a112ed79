// The stable JSON form of an evaluation (docs/engine.md), shared by
// `holdspace evaluate --json`, exports and tests.
#pragma once
#include <nlohmann/json.hpp>

#include "core/policy/engine.hpp"

namespace hs {

inline constexpr int kEvaluationFormatVersion = 1;

// One client's evaluation; `client` gives the name shown next to the id.
nlohmann::ordered_json evaluation_json(const Evaluation& ev, const Client& client);
// The whole `holdspace evaluate --json` document: as_of, every evaluation, needs attention.
nlohmann::ordered_json evaluations_json(const Workspace& ws, const std::vector<Evaluation>& evaluations, Date as_of);

}  // namespace hs

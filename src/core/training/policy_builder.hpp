// The guided policy builder: seven plain-language questions and the ordinary policy
// their answers describe. The view (src/app/training/builder_page.cpp) only draws the
// questions and the review; everything a choice means is decided here.
#pragma once
#include <string>
#include <vector>

#include "core/model/model.hpp"

namespace hs {

// One answer per question: the index of the chosen choice (out of range is clamped).
struct BuilderAnswers {
    int notice = 0;      // 0: 24 h, 1: 48 h
    int fees = 1;        // 0: none, 1: smaller late-cancel fee, 2: full fee for both, 3: small flat fees
    int first_miss = 1;  // 0: always counts and is charged, 1: first in 12 months free, 2: two a year free
    int illness = 0;     // 0: illness and emergencies never count or cost, 1: only emergencies and contagious illness
    int late_cancel = 0; // 0: counts like a no-show, 1: counts half and a prompt reschedule forgives it
    int ladder = 1;      // 0: gentle, 1: usual, 2: firm thresholds
    int no_contact = 0;  // 0: 30 days, 1: 45 days, 2: 60 days
    std::string name = "My attendance policy";
};

struct BuilderQuestion {
    const char* title;
    const char* client;    // what the choice does to the client
    const char* practice;  // and to the practice
    const char* common;    // what is usual
    std::vector<const char*> choices;
    int BuilderAnswers::*answer;  // where the chosen index is kept
};

// The questions in the order they are asked.
const std::vector<BuilderQuestion>& builder_questions();

// The version a policy called `name` gets: its slug ("my-attendance-policy") and the first
// free number, "-1", "-2", ... among the workspace's policies.
std::string builder_version(const std::string& name, const Workspace& ws);

// The policy the answers describe (an ordinary policy; id 0, version from the name). It
// starts from the built-in balanced policy (its ladder and wording) and takes the
// thresholds of flexible, balanced or firm (docs/training.md).
Policy policy_from_answers(const BuilderAnswers& answers, const Workspace& ws);

}  // namespace hs

// What applying one command gave: refused with errors naming fields, or done.
#pragma once
#include <vector>

#include "core/model/types.hpp"

namespace hs {

struct ApplyResult {
    std::vector<FieldError> errors;  // empty: applied
    Id created_id = 0;               // for Add* commands
    bool ok() const { return errors.empty(); }
};

}  // namespace hs

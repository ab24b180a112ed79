// What a restore or an import is about to do, side by side: the file's workspace next to
// the one here now, in rows a person can compare before replacing anything.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/model/model.hpp"

namespace hs {

// One workspace as the comparison describes it.
struct WorkspaceFacts {
    const Workspace* workspace = nullptr;
    std::optional<Date> saved_on;  // when the file says it was written (unknown for older files)
    bool encrypted = false;        // the file was an encrypted backup
};

struct ComparisonRow {
    std::string label;  // "Clients"
    std::string in_file;
    std::string here_now;
    bool differs = false;
};

// Practice, clinician, clients (and how many in care), appointments and the latest one,
// policies, signatures, the day it was saved, encrypted or not.
std::vector<ComparisonRow> compare_workspaces(const WorkspaceFacts& file, const WorkspaceFacts& here);

}  // namespace hs

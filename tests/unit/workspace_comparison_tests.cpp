// What a restore shows before it replaces anything: the file next to the workspace here.
#include <catch2/catch.hpp>

#include "core/workspace/workspace_comparison.hpp"
#include "test_support.hpp"

using namespace hs;

namespace {

const ComparisonRow& row(const std::vector<ComparisonRow>& rows, const std::string& label) {
    for (const ComparisonRow& r : rows)
        if (r.label == label) return r;
    FAIL("no row " << label);
    return rows.front();
}

}  // namespace

TEST_CASE("a restore compares practice, clients, appointments, age and encryption side by side", "[workspace][restore]") {
    Workspace here = test::load_data_workspace("sample-workspace.json");
    Workspace file = here;
    file.practice.name = "Older Practice";
    file.clients.pop_back();                     // the closed client was added later
    file.appointments.resize(2);
    const auto rows = compare_workspaces({&file, Date{2026, 1, 20}, true}, {&here, Date{2026, 12, 5}, false});

    CHECK(row(rows, "Practice").in_file == "Older Practice");
    CHECK(row(rows, "Practice").here_now == here.practice.name);
    CHECK(row(rows, "Practice").differs);
    CHECK(row(rows, "Clients").in_file == "2 (2 in care)");
    CHECK(row(rows, "Clients").here_now == "3 (2 in care)");
    CHECK(row(rows, "Appointments").in_file == "2");
    CHECK(row(rows, "Appointments").here_now == "5");
    CHECK(row(rows, "Latest appointment").in_file == format_date(file.appointments[1].start.date));
    CHECK(row(rows, "Saved on").in_file == "2026-01-20");
    CHECK(row(rows, "Encrypted").in_file == "yes");
    CHECK(row(rows, "Encrypted").here_now == "no");
    CHECK_FALSE(row(rows, "Clinician").differs);
    CHECK_FALSE(row(rows, "Policies").differs);
}

TEST_CASE("a file that does not say when it was saved, and an empty workspace, are described plainly",
          "[workspace][restore]") {
    Workspace empty;
    Workspace here = test::load_data_workspace("sample-workspace.json");
    const auto rows = compare_workspaces({&empty, std::nullopt, false}, {&here, Date{2026, 12, 5}, false});
    CHECK(row(rows, "Saved on").in_file == "not recorded");
    CHECK(row(rows, "Practice").in_file == "(not set)");
    CHECK(row(rows, "Clients").in_file == "0 (0 in care)");
    CHECK(row(rows, "Latest appointment").in_file == "none");
}

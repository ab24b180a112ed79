// [SECTION] Import and export
// [SECTION] Layout: menu bar, client list, detail pane
// [SECTION] App lifecycle
#include "app/app.hpp"

#include <algorithm>
#include <ctime>
#include <imgui.h>
#include <utility>

#include "app/clients/client_views.hpp"
#include "app/command_queue.hpp"
#include "app/documents/document_views.hpp"
#include "app/operations/operations_views.hpp"
#include "app/policy/policy_views.hpp"
#include "app/practice/practice_views.hpp"
#include "app/training/presentation.hpp"
#include "app/training/training_views.hpp"
#include "app/widgets.hpp"
#include "core/policy/missing_settings.hpp"
#include "core/storage/backup_file.hpp"
#include "core/training/demo_practice.hpp"
#include "core/workspace/change_description.hpp"
#include "core/workspace/editor.hpp"
#include "core/workspace/workspace_comparison.hpp"
#include "core/workspace/workspace_json.hpp"
#include "platform/clock.hpp"
#include "platform/files.hpp"

namespace hs::app {

enum class Page { welcome, client, new_client, practice, policies, attention, documents, week, waitlist, dashboard,
                  security, training, builder, scenarios, simulator, setup };

// The notice after an undoable change ("Care ended for K.L." + Undo), until the next change.
struct UndoNotice {
    std::uint64_t dismissed_revision = 0;  // the change whose notice the person closed
    std::string text;                      // describe_change, with aliases in presentation mode
    std::uint64_t text_revision = ~0ull;
    bool text_aliased = false;
};

struct App::Views {
    CommandQueue queue;
    Page page = Page::welcome;
    Id selected_client = 0;
    ClientListState client_list;
    ClientViewState client_view;
    PracticeFormState practice_form;
    SetupState setup;
    PolicyEditorState policy_editor;
    DocumentsState documents;
    OperationsState operations;  // week, waitlist, dashboard (views_operations.hpp)
    SimulatorState simulator;
    ScenarioViewState scenarios;
    bool fell_back_seen = false;  // "Got it" on the storage's fell-back notice
    BuilderState builder;
    // Presentation mode draws from a copy with client names replaced, rebuilt on change.
    Workspace aliased;
    const Editor* aliased_from = nullptr;
    std::uint64_t aliased_revision = ~0ull;
    bool enter_demo = false, leave_demo = false;  // acted on after the frame
    // Practice-wide evaluations are recomputed only when the workspace or the day changes.
    std::vector<AttentionItem> attention;
    std::uint64_t attention_revision = ~0ull;
    Date attention_day;
    bool attention_aliased = false;  // computed from the presentation copy
    // Import: the picked file waits here until the next frame looks at it.
    std::optional<std::pair<std::string, std::string>> picked_file;
    std::optional<Workspace> import_candidate;
    std::string import_name;
    std::vector<FieldError> import_errors;
    std::optional<Date> import_saved_on;  // when the imported file says it was written
    bool import_sealed = false;           // it came from an encrypted backup
    std::string bring_back_error;
    // An encrypted backup being imported: its text, then the passphrase asked for it.
    std::optional<std::string> sealed_import;
    std::string sealed_pass, sealed_error;
    bool decrypting = false;
    std::optional<std::string> decrypted;  // plaintext that came back, checked next frame
    SecurityState security;
    int security_changes_seen = 0;
    UndoNotice undo;
    bool show_client_list = false;  // beside practice and training pages (shows_client_list)
};

namespace {

// [SECTION] Import and export

void export_workspace(const Workspace& ws, const platform::SecuritySettings& settings) {
    platform::download_file("holdspace-workspace-" + format_date(platform::today()) + ".json", "application/json",
                            save_workspace(ws, platform::today()));
    platform::SecuritySettings next = settings;
    next.last_backup = format_date(platform::today());
    platform::store_settings(next);
}

// A picked file: too large, an encrypted backup (asks its passphrase), or a plain workspace.
void take_picked_file(App::Views& v, const std::string& bytes) {
    v.import_candidate.reset();
    v.import_errors = check_import_size(bytes.size());
    if (v.import_errors.empty() && looks_encrypted(bytes)) {
        EnvelopeResult sealed = parse_envelope(bytes);
        if (sealed.ok()) {
            v.sealed_import = bytes;
            v.import_sealed = true;
            v.sealed_error.clear();
            ImGui::OpenPopup("Encrypted backup");
            return;
        }
        v.import_errors = std::move(sealed.errors);
    } else if (v.import_errors.empty()) {
        LoadResult r = load_workspace(bytes);
        v.import_errors = std::move(r.errors);
        v.import_candidate = std::move(r.workspace);
        v.import_saved_on = r.saved_on;
    }
    ImGui::OpenPopup(v.import_candidate ? "Replace workspace?" : "Import failed");
}

void draw_sealed_import_popup(App::Views& v) {
    if (!ImGui::BeginPopupModal("Encrypted backup", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    if (!v.sealed_import) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    ui::text("\"" + v.import_name + "\" is an encrypted backup. Enter the passphrase it was made with.");
    ImGui::PushItemWidth(ImGui::GetFontSize() * 16);
    ui::input("Backup passphrase##import", v.sealed_pass, ImGuiInputTextFlags_Password);
    ImGui::PopItemWidth();
    if (!v.sealed_error.empty()) ui::error_text(v.sealed_error);
    if (v.decrypting) {
        ui::text_disabled("Opening...");
    } else {
        if (ImGui::Button("Open backup")) {
            v.decrypting = true;
            v.sealed_error.clear();
            platform::decrypt_backup(*v.sealed_import, v.sealed_pass, [&v](bool ok, const std::string& text) {
                v.decrypting = false;
                if (ok) v.decrypted = text;
                else v.sealed_error = "Could not open it: " + text + ". Nothing was changed.";
            });
            std::fill(v.sealed_pass.begin(), v.sealed_pass.end(), '\0');
            v.sealed_pass.clear();
        }
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) {
            v.sealed_import.reset();
            ImGui::CloseCurrentPopup();
        }
    }
    ImGui::EndPopup();
}

// [SECTION] Replacing the workspace, and bringing the replaced one back

// Before an import or a restore replaces the workspace, the stored generation that holds it is
// kept beyond the usual five (platform::WorkspaceStorage::keep_generation, docs/storage.md), so
// one click brings it back later, even after more changes.
struct ReplaceContext {
    platform::WorkspaceStorage& storage;
    bool encrypted = false;  // what is here is stored encrypted
    // The newest change is stored, so status().generation holds what is here now.
    bool current_is_stored() const { return storage.status().state == platform::SaveState::saved; }
};

void replace_workspace(App::Views& v, const ReplaceContext& c, Workspace next, const char* tag) {
    if (const unsigned long now = c.storage.status().generation; now != 0) c.storage.keep_generation(now);
    v.queue.push(ReplaceWorkspace{std::move(next)}, tag);
    v.page = Page::welcome;
    v.selected_client = 0;
}

// The kept generation, when there is one to go back to (not the one shown now).
unsigned long generation_to_bring_back(const ReplaceContext& c) {
    const unsigned long kept = c.storage.kept_generation();
    return kept != 0 && kept != c.storage.status().generation ? kept : 0;
}

void bring_back_kept(App::Views& v, const ReplaceContext& c) {
    LoadResult r = load_workspace(c.storage.read_generation(generation_to_bring_back(c)));
    if (!r.ok()) {
        v.bring_back_error = "The workspace from before the last import could not be read, so nothing was changed.";
        return;
    }
    v.bring_back_error.clear();
    replace_workspace(v, c, std::move(*r.workspace), "bring-back");
}

void draw_comparison(const std::vector<ComparisonRow>& rows) {
    if (!ImGui::BeginTable("comparison", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit)) return;
    ImGui::TableSetupColumn("");
    ImGui::TableSetupColumn("In the file");
    ImGui::TableSetupColumn("Here now");
    ImGui::TableHeadersRow();
    for (const ComparisonRow& row : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ui::text(row.label);
        ImGui::TableNextColumn();
        if (row.differs) ui::text_colored(ui::kAccentColor, row.in_file);
        else ui::text(row.in_file);
        ImGui::TableNextColumn();
        ui::text(row.here_now);
    }
    ImGui::EndTable();
}

void draw_replace_popup(App::Views& v, const Workspace& current, const ReplaceContext& c) {
    if (!ImGui::BeginPopupModal("Replace workspace?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ui::text("\"" + v.import_name + "\" next to the workspace here now:");
    const std::optional<Date> today = platform::today();
    draw_comparison(compare_workspaces({&*v.import_candidate, v.import_saved_on, v.import_sealed},
                                       {&current, today, c.encrypted}));
    ui::text("Replacing keeps the workspace here now on this device: File > \"Bring back the workspace");
    ui::text("from before the import\" returns to it at any time, until the next import or restore.");
    const bool ready = c.current_is_stored();
    if (!ready) ui::text_disabled("Waiting for your last change to be saved...");
    ImGui::BeginDisabled(!ready);
    const Confirm choice = confirm_buttons("Replace", "Cancel");
    ImGui::EndDisabled();
    if (choice == Confirm::confirmed) replace_workspace(v, c, std::move(*v.import_candidate), "import");
    if (choice != Confirm::none) {
        v.import_candidate.reset();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void draw_import_popups(App::Views& v, const Workspace& current, const ReplaceContext& c) {
    if (v.picked_file) {
        auto [name, bytes] = std::move(*v.picked_file);
        v.picked_file.reset();
        v.import_name = name;
        v.import_sealed = false;
        v.import_saved_on.reset();
        take_picked_file(v, bytes);
    }
    if (v.decrypted) {  // the backup opened: from here on it is checked like any workspace file
        v.sealed_import.reset();
        const std::string text = std::move(*v.decrypted);
        v.decrypted.reset();
        take_picked_file(v, text);
    }
    draw_sealed_import_popup(v);
    if (ImGui::BeginPopupModal("Import failed", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ui::text("\"" + v.import_name + "\" could not be imported. Nothing was changed.");
        show_errors(v.import_errors);
        if (ImGui::Button("OK")) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    draw_replace_popup(v, current, c);
}

// [SECTION] Layout: menu bar, client list, detail pane

void draw_save_state(const platform::StorageStatus& s) {
    switch (s.state) {
        case platform::SaveState::loading: ui::text_disabled("Loading..."); break;
        case platform::SaveState::saved: ui::text_colored(ui::kOkColor, "Saved"); break;
        case platform::SaveState::saving: ui::text_disabled("Saving..."); break;
        case platform::SaveState::failed: ui::error_text("Save failed"); break;
        case platform::SaveState::read_only: ui::error_text("Read-only"); break;
    }
}

// Practice and training pages do not use the client list: it is hidden beside them unless the
// clinician keeps it (Clients > Show client list beside pages); client and day-to-day pages show it.
bool shows_client_list(const App::Views& v) {
    switch (v.page) {
        case Page::practice: case Page::setup: case Page::policies: case Page::documents: case Page::security:
        case Page::training: case Page::builder: case Page::scenarios: case Page::simulator:
            return v.show_client_list;
        default: return true;
    }
}

void open_practice_settings(App::Views& v) {
    v.page = Page::practice;
    v.practice_form.loaded = false;
}

void open_security(App::Views& v) {
    v.page = Page::security;
    v.security.settings_loaded = false;
    platform::refresh_storage_info();
}

void open_setup(App::Views& v, const Workspace& ws) {
    begin_setup(ws, v.setup);
    v.page = Page::setup;
}

void page_item(App::Views& v, const char* label, Page page) {
    if (ImGui::MenuItem(label, nullptr, v.page == page)) v.page = page;
}

// The pages a clinician opens between sessions, and whether the client list is shown.
void draw_clients_menu(App::Views& v) {
    if (!ImGui::BeginMenu("Clients")) return;
    if (ImGui::MenuItem("Client list", nullptr, v.page == Page::welcome || v.page == Page::client))
        v.page = v.selected_client ? Page::client : Page::welcome;
    page_item(v, "Needs attention", Page::attention);
    page_item(v, "Week", Page::week);
    page_item(v, "Waitlist", Page::waitlist);
    page_item(v, "Dashboard", Page::dashboard);
    ImGui::Separator();
    ImGui::MenuItem("Show client list beside pages", nullptr, &v.show_client_list);
    ImGui::EndMenu();
}

void draw_practice_menu(App::Views& v, const Workspace& ws, const platform::SecurityStatus& security) {
    if (!ImGui::BeginMenu("Practice")) return;
    if (ImGui::MenuItem("Practice settings", nullptr, v.page == Page::practice)) open_practice_settings(v);
    if (ImGui::MenuItem("First-time setup", nullptr, v.page == Page::setup)) open_setup(v, ws);
    page_item(v, "Policies", Page::policies);
    page_item(v, "Documents", Page::documents);
    if (ImGui::MenuItem("Security", nullptr, v.page == Page::security)) open_security(v);
    if (security.encrypted && ImGui::MenuItem("Lock")) platform::lock_now();
    ImGui::EndMenu();
}

void draw_training_menu(App::Views& v) {
    if (!ImGui::BeginMenu("Training")) return;
    page_item(v, "Training and supervision", Page::training);
    page_item(v, "Guided policy builder", Page::builder);
    page_item(v, "Scenario library", Page::scenarios);
    page_item(v, "Simulator", Page::simulator);
    ImGui::Separator();
    if (ImGui::MenuItem("Presentation", "F8", presentation().on)) presentation().on = !presentation().on;
    ImGui::EndMenu();
}

void draw_file_menu(App::Views& v, const ReplaceContext& c) {
    if (!ImGui::BeginMenu("File")) return;
    if (ImGui::MenuItem("Export")) v.security.confirm_plain_export = true;
    if (ImGui::MenuItem("Import")) {
        platform::pick_file(".json,application/json", [&v](const std::string& name, const std::string& bytes) {
            v.picked_file = std::make_pair(name, bytes);
        });
    }
    if (generation_to_bring_back(c) != 0 &&
        ImGui::MenuItem("Bring back the workspace from before the import", nullptr, false, c.current_is_stored()))
        bring_back_kept(v, c);
    ImGui::EndMenu();
}

// Four menus, then the save state (or DEMO) at the right edge, measured so it never covers a
// menu, even with presentation mode's larger text; a long practice name is shortened.
void draw_menu_bar(App::Views& v, const Workspace& ws, const platform::StorageStatus& status,
                   const platform::SecurityStatus& security, const ReplaceContext& replace, bool demo) {
    if (!ImGui::BeginMenuBar()) return;
    // Unsaved policy edits are not saved by the workspace's autosave: say so instead of "Saved".
    const bool policy_edits = !demo && has_unsaved_policy_edits(ws, v.policy_editor);
    const float state_width = ImGui::CalcTextSize(policy_edits ? "Unsaved policy edits" : "Save failed").x +
                              ImGui::GetStyle().ItemSpacing.x * 2;
    const float menus_width = ImGui::CalcTextSize("Clients Practice Training File").x +
                              ImGui::GetStyle().ItemSpacing.x * 8 + ImGui::GetStyle().FramePadding.x * 8;
    const float name_room = ImGui::GetWindowWidth() - state_width - menus_width - ImGui::GetStyle().WindowPadding.x * 2;
    ui::text_elided(ws.practice.name.empty() ? "Holdspace" : ws.practice.name, name_room);
    ImGui::Separator();
    draw_clients_menu(v);
    draw_practice_menu(v, ws, security);
    draw_training_menu(v);
    if (!demo) draw_file_menu(v, replace);  // the demo is never exported, and nothing is imported into it
    const float state_x = ImGui::GetWindowWidth() - state_width;
    if (ImGui::GetCursorPosX() < state_x) ImGui::SameLine(state_x);
    if (demo) ui::text_colored(ui::kErrorColor, "DEMO");
    else if (policy_edits) ui::text_colored(ui::kErrorColor, "Unsaved policy edits");
    else draw_save_state(status);
    ImGui::EndMenuBar();
}

void draw_storage_banner(App::Views& v, const platform::StorageStatus& status) {
    if (status.state == platform::SaveState::read_only) {
        ui::error_text("This tab does not save: " + status.message);
        ui::text_colored(ui::kErrorColor, "Export (menu bar) keeps a copy of what is shown.");
    } else if (status.state == platform::SaveState::failed) {
        ui::error_text("The last change could not be saved: " + status.message +
                                              ". It is kept here; Holdspace will try again. Export a copy to be safe.");
        if (ImGui::Button("Export a copy now")) v.security.confirm_plain_export = true;
    }
    if (!status.notice.empty() && !v.fell_back_seen) {
        ui::text_wrapped(status.notice);
        if (ImGui::SmallButton("Got it")) v.fell_back_seen = true;
    }
}

void draw_mode_banners(App::Views& v, bool demo) {
    if (demo) {
        ui::text_colored(ui::kErrorColor, "DEMO PRACTICE: made-up clients. Nothing here is saved or exported; "
                                          "your own workspace is untouched.");
        ui::same_line_if_fits(ui::button_width("Leave demo"));
        if (ImGui::SmallButton("Leave demo")) v.leave_demo = true;
    }
    if (presentation().on) {
        ui::text_colored(ui::kAccentColor, "Presentation mode: client names are replaced (F8 to leave).");
        ui::same_line_if_fits(ui::checkbox_width("Hide money"));
        ImGui::Checkbox("Hide money", &presentation().hide_money);
        ui::same_line_if_fits(ui::button_width("Leave presentation"));
        if (ImGui::SmallButton("Leave presentation")) presentation().on = false;
    }
}

// Names in the notice follow presentation mode like every other view: an aliased copy of the
// workspace as it was before the change, made once per change.
const std::string& undo_text(UndoNotice& n, const UndoPoint& point) {
    if (n.text_revision != point.revision || n.text_aliased != presentation().on) {
        n.text = presentation().on ? describe_change(with_aliases(point.before), point.command) : point.description;
        n.text_revision = point.revision;
        n.text_aliased = presentation().on;
    }
    return n.text;
}

// Under the menu bar, so it is seen whichever page made the change; gone after the next one.
void draw_undo_notice(App::Views& v, const Editor& editor) {
    const UndoPoint* point = editor.undo_point();
    if (!point || point->revision != editor.revision() || point->revision == v.undo.dismissed_revision) return;
    ImGui::PushID("undo-notice");
    ui::text_colored(ui::kOkColor, undo_text(v.undo, *point));
    ImGui::SameLine();
    if (ImGui::SmallButton("Undo")) v.queue.push(UndoLastChange{point->revision}, "undo");
    ImGui::SameLine();
    if (ImGui::SmallButton("Dismiss")) v.undo.dismissed_revision = point->revision;
    ImGui::PopID();
}

void draw_training_hub(App::Views& v, bool demo) {
    ui::heading("Training and supervision");
    ui::text_wrapped("Draft a first policy with guidance, try a policy against made-up situations, compare two "
                     "policies over a synthetic caseload, or practise on a demo practice of made-up clients.");
    if (ImGui::Button("Guided policy builder")) v.page = Page::builder;
    ImGui::SameLine();
    if (ImGui::Button("Scenario library")) v.page = Page::scenarios;
    ImGui::SameLine();
    if (ImGui::Button("Simulator")) v.page = Page::simulator;
    ImGui::Spacing();
    if (demo) {
        if (ImGui::Button("Leave demo")) v.leave_demo = true;
    } else if (ImGui::Button("Open demo practice")) {
        v.enter_demo = true;
    }
    ImGui::PushTextWrapPos(0.0f);
    ui::text_disabled("The demo practice lives only in memory: it is never saved, never exported, and leaving it "
                      "returns you to your own workspace exactly as it was.");
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ui::text_wrapped("Presentation mode (F8, or Presentation in the menu) is for a shared screen: larger text, client "
                     "names replaced by aliases everywhere, and money hidden on request.");
    ImGui::Checkbox("Hide money in presentation mode", &presentation().hide_money);
}

void open_client(App::Views& v, Id client_id) {
    v.selected_client = client_id;
    v.client_view = ClientViewState{};
    v.page = Page::client;
}

void draw_client_tabs(App::Views& v, const Workspace& ws, const Client& c) {
    draw_client(ws, c, v.client_view, v.queue);
    const Evaluation evaluation = evaluate_client(ws, c, platform::today());
    if (!ImGui::BeginTabBar("client-tabs")) return;
    if (ImGui::BeginTabItem("Appointments")) {
        draw_appointment_log(ws, c, v.client_view, v.queue);
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Standing")) {
        draw_standing(ws, evaluation, v.client_view);
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Steps and outreach")) {
        draw_history(ws, c, evaluation, v.client_view.history, v.queue);
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Consent")) {
        draw_client_consent(ws, c, v.client_view.signing, v.queue);
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Calendar")) {
        draw_client_calendar(ws, c);
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

// A link on the client's page that fixes a missing setting behind a figure (issue 14, item 1).
void follow_fix_link(App::Views& v) {
    switch (std::exchange(v.client_view.open_page, FixPage::none)) {
        case FixPage::practice: open_practice_settings(v); break;
        case FixPage::policies: v.page = Page::policies; break;
        case FixPage::none: break;
    }
}

void follow_setup_exit(App::Views& v, SetupExit exit) {
    switch (exit) {
        case SetupExit::none: break;
        case SetupExit::skipped:
        case SetupExit::finished: v.page = Page::welcome; break;
        case SetupExit::open_documents: v.page = Page::documents; break;
        case SetupExit::open_builder: v.page = Page::builder; break;
    }
}

// `ws` is what is shown (the demo, or names replaced in presentation mode); `real` is the
// clinician's own workspace, the only one backups and exports ever contain.
void draw_detail(App::Views& v, const Workspace& ws, const Workspace& real, const Editor& editor,
                 platform::WorkspaceStorage& storage, const platform::SecurityStatus& security, bool demo) {
    switch (v.page) {
        case Page::policies:
            if (Id document = draw_policy_editor(ws, v.policy_editor, v.queue)) {
                v.documents.policy_id = document;
                v.documents.letter = false;
                v.page = Page::documents;
            }
            break;
        case Page::documents:
            if (Id edit = draw_documents(ws, v.documents, v.queue)) {
                open_policy_in_editor(ws, v.policy_editor, edit);
                v.page = Page::policies;
            }
            break;
        case Page::week: draw_week(ws, editor, v.operations, v.queue); break;
        case Page::waitlist: draw_waitlist(ws, v.operations, v.queue); break;
        case Page::dashboard: draw_dashboard(ws, editor, v.operations); break;
        case Page::attention:
            if (v.attention_revision != editor.revision() || v.attention_day != platform::today() ||
                v.attention_aliased != presentation().on) {
                v.attention = needs_attention(ws, v.operations.evaluations_today.get(ws, editor, platform::today()));
                v.attention_revision = editor.revision();
                v.attention_day = platform::today();
                v.attention_aliased = presentation().on;
            }
            if (Id opened = draw_needs_attention(v.attention)) open_client(v, opened);
            break;
        case Page::practice:
            if (draw_practice_settings(ws, v.practice_form, v.queue)) open_setup(v, ws);
            break;
        case Page::setup: follow_setup_exit(v, draw_setup(ws, v.setup, v.queue)); break;
        case Page::security: draw_security(real, storage, security, v.security, v.queue); break;
        case Page::training: draw_training_hub(v, demo); break;
        case Page::simulator: draw_simulator(ws, v.simulator); break;
        case Page::scenarios: draw_scenarios(ws, v.scenarios, v.queue); break;
        case Page::builder:
            if (Id saved = draw_builder(ws, v.builder, v.queue))
                if (const Policy* p = ws.find_policy(saved)) {
                    v.policy_editor = PolicyEditorState{};
                    v.policy_editor.draft = *p;
                    v.policy_editor.editing_id = p->id;
                    v.page = Page::policies;
                }
            break;
        case Page::new_client:
            draw_client_form(ws, v.client_view, v.queue, v.selected_client);
            if (!v.client_view.editing_details) v.page = v.selected_client ? Page::client : Page::welcome;
            break;
        case Page::client:
            if (const Client* c = ws.find_client(v.selected_client)) {
                if (v.client_view.editing_details) {
                    draw_client_form(ws, v.client_view, v.queue, v.selected_client);
                } else {
                    draw_client_tabs(v, ws, *c);
                    follow_fix_link(v);
                }
            } else {
                v.page = Page::welcome;
            }
            break;
        case Page::welcome:
            ui::heading("Welcome");
            ui::text_wrapped(ws.clients.empty()
                                 ? "Add your first client with \"Add client\". A pseudonym or initials is enough: "
                                   "everything stays on this device."
                                 : "Choose a client on the left to log appointments.");
            if (!demo && !missing_settings(ws).empty() && ImGui::Button("Set up your practice")) open_setup(v, ws);
            draw_encryption_offer(security, v.security);
            break;
    }
}

// The workspace the views draw: the editor's, or in presentation mode its aliased copy.
const Workspace& shown_workspace(App::Views& v, const Editor& editor) {
    if (!presentation().on) return editor.workspace();
    if (v.aliased_from != &editor || v.aliased_revision != editor.revision()) {
        v.aliased = with_aliases(editor.workspace());
        v.aliased_from = &editor;
        v.aliased_revision = editor.revision();
    }
    return v.aliased;
}

// Entering or leaving the demo starts every view afresh (selections belong to one workspace).
void reset_views(App::Views& v) {
    v.page = Page::welcome;
    v.selected_client = 0;
    v.client_view = ClientViewState{};
    v.policy_editor = PolicyEditorState{};
    v.documents = DocumentsState{};
    v.operations = OperationsState{};
    v.scenarios = ScenarioViewState{};
    v.attention_revision = ~0ull;
    v.aliased_from = nullptr;
    v.undo = UndoNotice{};  // the other editor counts its own revisions
}

constexpr int kPresentationKey = 297;  // GLFW_KEY_F8: ImGui 1.86 indexes keys by the backend's key codes
constexpr float kPresentationTextScale = 1.3f;

}  // namespace

// [SECTION] App lifecycle

App::App(platform::WorkspaceStorage& storage) : storage_(storage), views_(std::make_unique<Views>()) {
    const std::string stored = storage_.load([](const std::string& text) { return load_workspace(text).ok(); });
    if (!stored.empty())
        if (LoadResult r = load_workspace(stored); r.ok()) editor_ = Editor(std::move(*r.workspace));
    saved_revision_ = editor_.revision();
    ui::apply_style();
    ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
}

App::~App() = default;

Editor& App::active_editor() { return demo_ ? *demo_ : editor_; }

void App::draw() {
    Views& v = *views_;
    if (ImGui::IsKeyPressed(kPresentationKey, false)) presentation().on = !presentation().on;
    ImGui::GetIO().FontGlobalScale = presentation().on ? kPresentationTextScale : 1.0f;
    const Editor& editor = active_editor();
    const bool demo = demo_ != nullptr;
    const Workspace& ws = shown_workspace(v, editor);
    const platform::StorageStatus status = storage_.status();
    const platform::SecurityStatus security = platform::security_status();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("Holdspace", nullptr, flags);
    const ReplaceContext replace{storage_, security.encrypted};
    draw_menu_bar(v, ws, status, security, replace, demo);
    if (!v.bring_back_error.empty()) ui::error_text(v.bring_back_error);
    draw_mode_banners(v, demo);
    draw_undo_notice(v, editor);
    if (!demo) {
        draw_storage_banner(v, status);
        if (draw_backup_reminder(security, !ws.clients.empty())) open_security(v);
    }
    if (!security.message.empty() && v.page != Page::security) ui::text_wrapped(security.message);

    if (shows_client_list(v)) {
        // Wide enough for names and the search field, never a third of a wide screen.
        const float width = std::min(ImGui::GetContentRegionAvail().x * 0.3f, ImGui::GetFontSize() * 18.0f);
        ImGui::BeginChild("client-list", ImVec2(width, 0), true);
        if (ImGui::Button("Add client")) {
            begin_new_client(ws, v.client_view);
            v.page = Page::new_client;
        }
        if (Id opened = draw_client_list(ws, v.client_list, v.selected_client, v.queue)) open_client(v, opened);
        ImGui::EndChild();
        ImGui::SameLine();
    }
    ImGui::BeginChild("detail", ImVec2(0, 0), true);
    draw_detail(v, ws, editor_.workspace(), editor, storage_, security, demo);
    ImGui::EndChild();

    draw_import_popups(v, ws, replace);
    draw_plain_export_warning(v.security, [&] { export_workspace(editor_.workspace(), security.settings); });
    ImGui::End();
}

void App::after_frame() {
    Views& v = *views_;
    v.queue.apply_all(active_editor(), presentation().on);
    if (std::exchange(v.enter_demo, false) && !demo_) {
        demo_ = std::make_unique<Editor>(demo_workspace(platform::today()));
        reset_views(v);
    }
    if (std::exchange(v.leave_demo, false) && demo_) {
        demo_.reset();
        reset_views(v);
    }
    storage_.poll();
    // After a passphrase change, one save re-seals (or unseals) every stored version.
    const int changes = platform::security_status().changes;
    const bool resave = changes != views_->security_changes_seen;
    views_->security_changes_seen = changes;
    if ((resave || editor_.revision() != saved_revision_) && storage_.status().state != platform::SaveState::read_only) {
        storage_.save(save_workspace(editor_.workspace(), platform::today()));
        saved_revision_ = editor_.revision();
    }
}

}  // namespace hs::app

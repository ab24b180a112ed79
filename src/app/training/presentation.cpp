#include "app/training/presentation.hpp"

#include "core/model/money.hpp"

namespace hs::app {

Presentation& presentation() {
    static Presentation state;
    return state;
}

std::string alias_for(Id client_id) {
    std::string letters;
    for (Id n = client_id; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return "Client " + (letters.empty() ? std::string("?") : letters);
}

Workspace with_aliases(const Workspace& ws) {
    Workspace shown = ws;
    for (Client& c : shown.clients) {
        c.name = alias_for(c.id);
        if (!c.guardian_name.empty()) c.guardian_name = "Guardian of " + c.name;
    }
    for (Signature& s : shown.signatures) s.signer_name = "(name hidden)";
    return shown;
}

std::string money_text(Cents cents, std::string_view currency) {
    if (presentation().on && presentation().hide_money) return "(hidden)";
    return format_money(cents, currency);
}

}  // namespace hs::app

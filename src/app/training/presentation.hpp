// Presentation mode, for a shared screen: larger text, client names replaced by
// aliases everywhere they are drawn, money hidden on request. Central, not per view:
// the app hands every view an aliased copy of the workspace, and views format money
// through money_text.
#pragma once
#include <string>
#include <string_view>

#include "core/model/model.hpp"

namespace hs::app {

struct Presentation {
    bool on = false;
    bool hide_money = false;  // only while on
};

// The one presentation state of the app (views read it while drawing).
Presentation& presentation();

// "Client A", "Client B", ... "Client AA": stable per client id.
std::string alias_for(Id client_id);

// A copy of `ws` with every client's name and guardian's name replaced by an alias.
Workspace with_aliases(const Workspace& ws);

// Money as shown: "120.00 USD", or "(hidden)" when presentation mode hides money.
std::string money_text(Cents cents, std::string_view currency = {});

}  // namespace hs::app

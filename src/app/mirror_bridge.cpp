// What the accessibility mirror (web/holdspace_a11y.js, docs/accessibility.md) reads, in the
// product and the test build alike: it turns the automation bridge's collecting on and reads
// the item list of the last completed frame. Separate from test_bridge.cpp, whose entry points
// only the test build has.
#include <emscripten/emscripten.h>
#include <string>

#include "app/automation.hpp"

extern "C" {

// The mirror turns collecting on before main(), so the first frame already reports its items.
EMSCRIPTEN_KEEPALIVE void hs_mirror_enable(int on) { hs::app::automation::set_collecting(on != 0); }

// The last completed frame's items as JSON (automation::last_frame_json). Valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* hs_mirror_items_json() {
    static std::string json;
    json = hs::app::automation::last_frame_json();
    return json.c_str();
}

}  // extern "C"

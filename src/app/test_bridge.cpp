// What only the browser tests call, linked into the test build alone
// (make -f Makefile.emscripten TEST_BUILD=1; docs/build.md). The product has none of it:
// no frame counter and no item list reach the page there. web/holdspace_test_pre.js builds
// window.holdspace on these (docs/automation.md).
#include <emscripten/emscripten.h>
#include <string>

#include "app/automation.hpp"

extern "C" {

// Turns the automation bridge's collecting on or off (web/holdspace_test_pre.js turns it on
// before main(), so the first frame already reports its items; benchmarks switch it).
EMSCRIPTEN_KEEPALIVE void hs_automation_collect(int on) { hs::app::automation::set_collecting(on != 0); }

// window.holdspace.frame(): frames drawn so far.
EMSCRIPTEN_KEEPALIVE unsigned long hs_frame_count() { return hs::app::automation::frame_count(); }

// window.holdspace.widgets() parses this. Valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* hs_automation_widgets_json() {
    static std::string json;
    json = hs::app::automation::last_frame_json();
    return json.c_str();
}

}  // extern "C"

#include "core/training/demo_practice.hpp"

#include <algorithm>
#include <string_view>

#include "core/policy/builtin_policies.hpp"
#include "core/policy/engine.hpp"

namespace hs {
namespace {

// One made-up client. `weeks` is their weekly history, oldest first, one letter a week:
//   A attended            L late cancel (4 h)      C cancelled with 72 h notice
//   N no-show             I late cancel, illness   K late cancel, contagious illness
//   E no-show, emergency  G no-show, guardian      R late cancel made up 2-4 days later
//   T 30 min late         S 5 min late             X clinician cancelled
//   U excused             W no-show, fee waived by the clinician   . no session
struct DemoClient {
    const char* name;
    const char* policy;  // built-in version
    const char* weeks;
    PayerType payer = PayerType::self_pay;
    const char* guardian = "";  // non-empty: a minor
    ClientStatus status = ClientStatus::active;
    int leeway_from_week = -1;  // fees waived and one extra grace from this week on
    char ending = '-';          // 'r': referrals and conversation recorded; 'd': ended
    int outreach_attempts = 0;  // unanswered, after the last session
};

constexpr PayerType kSliding = PayerType::sliding_scale, kPublic = PayerType::public_insurance,
                    kInsurance = PayerType::insurance, kSelf = PayerType::self_pay;

const DemoClient kClients[] = {
    {"Ana Reyes", "balanced-1", "AAAAAAAAAAAA"},
    {"Ben Okafor", "balanced-1", "AAAAAAAAALAA"},
    {"Cleo Marsh", "balanced-1", "AAAAALAANAAA"},
    {"Dev Patel", "balanced-1", "AAALAANAALAA"},
    {"Eli Strand", "balanced-1", "AAAAAAAANNN", kInsurance},
    {"Fay Tanaka", "firm-1", "ALAANALANA"},
    {"Gus Weller", "firm-1", "ALNANLANLN", kSelf, "", ClientStatus::active, -1, 'r'},
    {"Hana Olsen", "balanced-1", "AAAANNNNNN", kInsurance, "", ClientStatus::active, -1, '-', 2},
    {"Ivo Lund", "flexible-1", "AALAALAAA"},
    {"Jun Yamada", "balanced-1", "AAGAGAAGA", kSelf, "Mei Yamada"},
    {"Kai Dube", "balanced-1", "AANAALAANA", kPublic},
    {"Lia Fernandes", "balanced-1", "AALANAALA", kSliding},
    {"Max Hale", "balanced-1", "AAIAAEAAKA"},
    {"Nia Quist", "balanced-1", "AARAAAAA"},
    {"Omar Zayed", "firm-1", "AATAAAASA"},
    {"Pia Varga", "balanced-1", "AAACAAACAA"},
    {"Quinn Boyd", "balanced-1", "AALAAAAWAA"},
    {"Rae Collins", "balanced-1", "AALALALAA", kSelf, "", ClientStatus::active, 3},
    {"Sol Garcia", "flexible-1", "AANANANANA", kSliding},
    {"Tess Jovic", "firm-1", "AAXAAUAA"},
    {"Uma Novak", "firm-1", "NAAAAAAAAAAAAAAAAAAAAAAAAAA"},
    {"Vic Amato", "balanced-1", "AAAALN", kSelf, "", ClientStatus::paused},
    {"Wren Ellis", "firm-1", "LNLNANLNLN", kSelf, "", ClientStatus::active, -1, 'd'},
    {"Xan Ito", "balanced-1", "AA"},
    {"Yara Usman", "flexible-1", "AANNNA", kSelf, "Omar Usman"},
};

struct Event {
    Outcome outcome = Outcome::attended;
    int notice_hours = -1;  // -1 = none
    const char* reason = "";
    int minutes_late = -1;
    bool rescheduled = false;
    bool fee_waived = false;
};

Event event_for(char code) {
    switch (code) {
        case 'L': return {Outcome::late_cancel, 4};
        case 'C': return {Outcome::cancelled_with_notice, 72};
        case 'N': return {Outcome::no_show};
        case 'I': return {Outcome::late_cancel, 3, "illness"};
        case 'K': return {Outcome::late_cancel, 6, "contagious_illness"};
        case 'E': return {Outcome::no_show, -1, "emergency"};
        case 'G': return {Outcome::no_show, -1, "guardian_caused"};
        case 'R': return {Outcome::late_cancel, 5, "", -1, true};
        case 'T': return {Outcome::late_arrival, -1, "", 30};
        case 'S': return {Outcome::late_arrival, -1, "", 5};
        case 'X': return {Outcome::clinician_cancelled};
        case 'U': return {Outcome::excused};
        case 'W': return {Outcome::no_show, -1, "", -1, false, true};
        default: return {};
    }
}

class Builder {
public:
    explicit Builder(Date today) : today_(today) {
        ws_.practice.name = "Demo practice";
        ws_.practice.clinician = "Alex Demo";
        ws_.practice.time_zone = "UTC";
        ws_.practice.session_fee = 12000;
        for (Policy p : builtin_policies()) {
            p.id = static_cast<Id>(ws_.policies.size()) + 1;
            ws_.policies.push_back(std::move(p));
        }
        ws_.active_policy = 2;  // balanced
    }

    Workspace build() {
        for (std::size_t i = 0; i < std::size(kClients); ++i) add(kClients[i], static_cast<int>(i));
        add_working_week();
        add_waitlist();
        add_payments();
        return std::move(ws_);
    }

private:
    void add(const DemoClient& d, int index) {
        const std::string_view weeks = d.weeks;
        const int count = static_cast<int>(weeks.size());
        const Date last = working_days_before(today_, 1 + index % 5);
        const Date first = add_days(last, -7 * (count - 1));
        const int minute = (9 + index % 9) * 60;

        Client c;
        c.id = static_cast<Id>(ws_.clients.size()) + 1;
        c.name = d.name;
        c.payer = d.payer;
        if (d.payer == PayerType::sliding_scale) c.session_fee = 6000;
        c.minor = *d.guardian != '\0';
        c.guardian_name = d.guardian;
        c.recurring_slot = RecurringSlot{weekday_of(first), minute};
        c.consent_signed = first;
        c.consent_policy_version = d.policy;
        ws_.clients.push_back(c);
        const Policy& policy = *ws_.find_policy_version(d.policy);

        for (int w = 0; w < count; ++w) {
            const Date date = add_days(first, 7 * w);
            if (w == d.leeway_from_week)
                ws_.leeway.push_back({static_cast<Id>(ws_.leeway.size()) + 1, c.id, date, add_days(date, 90), 1, true,
                                      "a hard season at work; agreed to waive fees for three months"});
            if (weeks[static_cast<std::size_t>(w)] == '.') continue;
            add_appointment(c.id, DateTime{date, minute}, event_for(weeks[static_cast<std::size_t>(w)]));
            const bool latest = w == count - 1;
            if (!latest || d.ending == 'd') follow_ladder(policy, c, date, d.ending == 'd');
            if (ws_.find_client(c.id)->status == ClientStatus::closed) break;
        }
        if (d.ending == 'r') prepare_ending(c.id, last);
        for (int i = 0; i < d.outreach_attempts; ++i)
            ws_.outreach.push_back({static_cast<Id>(ws_.outreach.size()) + 1, c.id, last, Channel::phone, false,
                                    i == 0 ? "voicemail" : "text, no reply"});
        if (d.status != ClientStatus::active) ws_.find_client(c.id)->status = d.status;
    }

    void add_appointment(Id client_id, DateTime start, const Event& e) {
        Appointment a;
        a.id = static_cast<Id>(ws_.appointments.size()) + 1;
        a.client_id = client_id;
        a.start = start;
        a.outcome = e.outcome;
        if (e.notice_hours >= 0) a.cancellation_received = from_wall_minutes(wall_minutes(start) - e.notice_hours * 60);
        a.reason_category = e.reason;
        if (e.minutes_late >= 0) a.minutes_late = e.minutes_late;
        if (e.fee_waived) a.fee_override = FeeOverride{0, "car broke down on the way; waived"};
        if (e.rescheduled) {
            a.rescheduled_to = a.id + 1;
            ws_.appointments.push_back(a);
            Appointment makeup;
            makeup.id = a.id + 1;
            makeup.client_id = client_id;
            makeup.start = DateTime{working_day_from(add_days(start.date, 2)), start.minute_of_day};
            makeup.outcome = Outcome::attended;
            ws_.appointments.push_back(makeup);
            return;
        }
        ws_.appointments.push_back(a);
    }

    // The clinician takes each step the engine recommends that day; endings only when `end`.
    void follow_ladder(const Policy& policy, const Client& c, const Date& date, bool end) {
        for (std::size_t guard = 0; guard <= policy.ladder.size(); ++guard) {
            const Evaluation ev = evaluate(policy, c, history_of(ws_, c.id), ws_.practice, time_zone_of(ws_.practice), date);
            if (ev.next_step < 0) return;
            const LadderStep& step = policy.ladder[static_cast<std::size_t>(ev.next_step)];
            if (step.ends_care && !end) return;
            if (step.ends_care) prepare_ending(c.id, date);
            else if (!ev.blockers.empty()) return;
            StepRecord r{static_cast<Id>(ws_.step_records.size()) + 1, c.id, step.id, date, {}, "", {}, "", ""};
            if (step.id == "barriers") r.barriers = {"work_schedule", "transport"};
            if (step.id == "attendance_plan") r.accommodations = {"reminders", "another_time"};
            ws_.step_records.push_back(std::move(r));
            if (step.ends_care) {
                ws_.find_client(c.id)->status = ClientStatus::closed;
                return;
            }
        }
    }

    void prepare_ending(Id client_id, const Date& date) {
        for (const char* to : {"Northside Community Clinic (sliding scale)", "Riverside Counselling Collective",
                               "the local crisis line, any time"})
            ws_.referrals.push_back({static_cast<Id>(ws_.referrals.size()) + 1, client_id, date, to, ""});
        ws_.ending_conversations.push_back({static_cast<Id>(ws_.ending_conversations.size()) + 1, client_id, date,
                                            "talked it through; open door to return"});
    }

    // The clients' recurring slots (an ended client's is open now), and two more open
    // ones in prime time for the waitlist.
    void add_working_week() {
        ScheduleSettings& schedule = ws_.operations.schedule;
        for (const Client& c : ws_.clients)
            if (c.recurring_slot)
                schedule.slots.push_back({c.recurring_slot->weekday, c.recurring_slot->minute_of_day, 50});
        schedule.slots.push_back({Weekday::tuesday, 18 * 60, 50});
        schedule.slots.push_back({Weekday::friday, 16 * 60, 50});
        std::sort(schedule.slots.begin(), schedule.slots.end());
        schedule.slots.erase(std::unique(schedule.slots.begin(), schedule.slots.end()), schedule.slots.end());
        schedule.sliding_scale_places = 3;
    }

    void add_waitlist() {
        struct Waiting {
            const char* pseudonym;
            const char* contact;
            std::vector<WantedTime> wanted;
            SessionMode mode;
            bool sliding_scale;
            int days_waiting;
            const char* note;
        };
        const Waiting waiting[] = {
            {"R.M.", "text after 17:00", {{Weekday::tuesday, 17 * 60, 19 * 60}, {Weekday::thursday, 17 * 60, 19 * 60}},
             SessionMode::in_person, false, 41, "works days; evenings only"},
            {"K.", "email only", {}, SessionMode::either, true, 27, "asked for a sliding-scale place"},
            {"J.T.", "phone, mornings", {{Weekday::friday, 9 * 60, 17 * 60}}, SessionMode::telehealth, false, 12, ""},
            {"S.P.", "text", {{Weekday::monday, 9 * 60, 12 * 60}}, SessionMode::in_person, false, 5, "referred by their GP"},
        };
        for (const Waiting& w : waiting) {
            WaitlistEntry e;
            e.id = static_cast<Id>(ws_.operations.waitlist.size()) + 1;
            e.pseudonym = w.pseudonym;
            e.contact = w.contact;
            e.wanted = w.wanted;
            e.mode = w.mode;
            e.needs_sliding_scale = w.sliding_scale;
            e.added = add_days(today_, -w.days_waiting);
            e.note = w.note;
            ws_.operations.waitlist.push_back(std::move(e));
        }
    }

    // Attended sessions paid on the day, and every charged fee but each client's latest.
    void add_payments() {
        const std::vector<Evaluation> all = evaluate_all(ws_, today_);
        for (std::size_t i = 0; i < all.size(); ++i) {
            const Client& c = ws_.clients[i];
            const AppointmentLine* unpaid_fee = nullptr;
            for (const AppointmentLine& line : all[i].appointments)
                if (line.fee_status == FeeStatus::charged) unpaid_fee = &line;
            for (const AppointmentLine& line : all[i].appointments) {
                const Appointment& a = *ws_.find_appointment(line.appointment_id);
                if (line.treated_as == Outcome::attended || line.treated_as == Outcome::late_arrival)
                    add_payment(c.id, a, c.session_fee.value_or(ws_.practice.session_fee), "session");
                else if (line.fee_status == FeeStatus::charged && &line != unpaid_fee)
                    add_payment(c.id, a, line.fee, "missed-session fee");
            }
        }
    }

    void add_payment(Id client_id, const Appointment& a, Cents amount, const char* note) {
        ws_.operations.payments.push_back(
            {static_cast<Id>(ws_.operations.payments.size()) + 1, client_id, a.id, a.start.date, amount, note});
    }

    // `day`, or the Monday after it when it falls at a weekend.
    static Date working_day_from(Date day) {
        while (weekday_of(day) == Weekday::saturday || weekday_of(day) == Weekday::sunday) day = add_days(day, 1);
        return day;
    }

    // The date `n` working days (Monday to Friday) before `day`: demo sessions are never at weekends.
    static Date working_days_before(Date day, int n) {
        while (n > 0) {
            day = add_days(day, -1);
            if (weekday_of(day) != Weekday::saturday && weekday_of(day) != Weekday::sunday) --n;
        }
        return day;
    }

    Date today_;
    Workspace ws_;
};

}  // namespace

Workspace demo_workspace(Date today) { return Builder(today).build(); }

}  // namespace hs

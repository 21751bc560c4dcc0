//! The measure of the sheet reader (issue 25): real clinic pages under
//! `fixtures/corpus/<half>/`, each `<slug>.txt` with the rules a careful
//! reader takes from it in `<slug>.rules` (the vocabulary is in
//! `fixtures/corpus/README.md`). Every folder of the corpus with pages in it
//! is a half and is read ("a" to "p", and "q" once it is added).
//!
//! Per half it prints recall (expected lines found / expected lines; `!`
//! lines count as expected; a `question` line is found when the reader asks
//! a question about that rule), precision (proposal lines that are expected
//! / proposal lines), and invented numbers (a proposal whose number is not
//! in the sheet's words, or a rule with another number than expected),
//! with and without the pages of the clinics care-facts quotes. For a
//! held-out half it prints only those figures, never a page's words,
//! unless `STEADY_CORPUS_DETAIL` names that half.
//!
//! - Every half: no invented number, recall at least 80% and precision at
//!   least 95%.
//! - A half read while tuning (a to p, r to y, aa to ae and ah now) is also asserted
//!   strictly: no proposal nobody expected. Half c was held out for one
//!   measurement of the reader tuned on a and b (below), then read while
//!   tuning too; half d likewise, after one measurement of the reader tuned
//!   on a, b and c; half e likewise, after one measurement of the reader
//!   tuned on a to d; half f likewise, after one measurement of the reader
//!   tuned on a to e; half g likewise, after one measurement of the reader
//!   tuned on a to f; half h likewise, after one measurement of the reader
//!   tuned on a to g; half i likewise, after one measurement of the reader
//!   tuned on a to h; half j likewise, after one measurement of the reader
//!   tuned on a to i; half k likewise, after one measurement of the reader
//!   tuned on a to j; half l likewise, after one measurement of the reader
//!   tuned on a to k; half m likewise, after one measurement of the reader
//!   tuned on a to k and one of the reader tuned on a to l; half n
//!   likewise, after one measurement of the reader tuned on a to l and one
//!   of the reader tuned on a to m; halves o and p likewise, after
//!   measurements of the readers tuned on a to m (o) and on a to n (o and
//!   p), both read while tuning since branch `tune-op`; halves s and t
//!   likewise, after one measurement each while held out (s with the
//!   reader tuned on a to p, t with that reader tuned on the core rules
//!   too), both read while tuning since branch `tune-st`. Halves q, r, u
//!   and v were gathered by someone else after the reader was tuned on a
//!   to p; r, u and v, each measured once or more while held out, are
//!   read while tuning since branch `tune-uv`. Halves q, w, x, y and z
//!   were gathered by someone else (w to z after r, u and v were last
//!   measured held out); w and x, each measured once held out, are read
//!   while tuning since branch `tune-wx`; y, measured once held out, is
//!   read while tuning since branch `tune-y`. Halves aa and ab, gathered
//!   later and measured held out, are read while tuning since branch
//!   `tune-ab`; halves ac and ad, gathered after them and measured held
//!   out, since branch `tune-cd`; halves ae and ah, gathered after them
//!   and measured held out, since branch `tune-eh`; halves ai and aj,
//!   gathered after them and measured held out, since branch `tune-ij`;
//!   halves am and an, gathered after them and measured held out, since
//!   branch `tune-mn`; halves ak and al, gathered before them and measured
//!   held out, since branch `tune-kl` (the two rounds side by side);
//!   halves aq to at, gathered after them and measured held out, since
//!   branches `tune-aqr` (aq, ar) and `tune-ast` (as, at), side by side;
//!   halves ao and ap since branch `tune-aop`; halves au and av since
//!   branch `tune-auv` and aw and ax since branch `tune-awx`, side by
//!   side; ay and az since branch `tune-ayz` and ba and bb since branch
//!   `tune-bab`, side by side; bc and bd since branches `tune-bc` and
//!   `tune-bd`, side by side; be and bf since branches `tune-be` and
//!   `tune-bf`, side by side; bg and bh since branches `tune-bg` and
//!   `tune-bh`, side by side; q, z, af, ag, bi and bj are the held-out
//!   halves now. Every half read
//!   while tuning had reached 80 % recall after branch `tune-rest` (e, t
//!   and ab were the last); ah reached it in branch `tune-eh`, ae, ai and
//!   aj in branch `tune-ij`; as in branch `tune-ast`; ao was past it when
//!   read; au and aw reached it in branches `tune-auv` and `tune-awx`; ak,
//!   al, an, ap, aq, ar, at, av, ax, az, bb, bd, be, bf, bg and bh have not yet (ay and
//!   ba reached it in branches `tune-ayz` and `tune-bab`, bc in branch
//!   `tune-bc`). A half that has not is held to the floor it reached
//!   (`RECALL_FLOOR`: those sixteen now), every other target strictly.
//! - `STEADY_CORPUS_HELD_OUT=q,z,af,ag,bi,bj` (the default; several halves may be named,
//!   comma-separated; `none` names none): the halves held out, measured on
//!   the same targets with figures only. A held-out half not in the tree
//!   yet is skipped with a note.
//! - `STEADY_CORPUS_HALVES=a,b` reads only those halves (default: every
//!   half present).
//! - `STEADY_CORPUS_DETAIL=a` (or `a,b`) prints each miss, each unexpected
//!   proposal and each invented number of those halves.
//!
//! Measured (issue 25), each row an honest held-out measurement when it
//! was made:
//!
//! | reader | a recall | a precision | a invented | b recall | b precision | b invented |
//! |---|---|---|---|---|---|---|
//! | the grammar as tagged `sheet-grammar-checkpoint`, before tuning | 63.5% | 81.7% | 3 | 53.8% | 78.0% | 2 |
//! | run 1: tuned on half a only (b held out, after the judge's review of b) | 94.6% | 100% | 0 | 65.4% | 78.9% | 2 |
//! | run 2, the swap: tuned on half b only from the checkpoint (a held out) | 73.0% | 85.1% | 3 | 98.0% | 96.2% | 0 |
//! | final: run 1 with the swap's general rules, tuned on a and b (both read) | 98.6% | 100% | 0 | 98.7% | 100% | 0 |
//!
//! (Without the care-facts clinics' pages, before tuning: 56.8% / 78.2% / 2
//! and 47.5% / 73.1% / 2; final: 98.2% / 100% / 0 and 98.0% / 100% / 0.)
//! The first runs counted a number written against its unit ("72hrs") as
//! not in the words; fixed in this harness, not the reader.
//!
//! Then, round after round, a fresh half was gathered by someone who never
//! read the reader, checked by a second reader, measured once held out,
//! its disagreements judged by a second reader, and only then read while
//! tuning (the corpus README's "Measurements" has every row). Held out,
//! after the second reader (recall / precision / invented):
//!
//! | reader tuned on | held-out half | recall | precision | invented |
//! |---|---|---|---|---|
//! | a, b | c | 70.6 % | 85.9 % | 1 |
//! | a to c | d | 65.0 % | 85.9 % | 0 |
//! | a to d | e | 59.1 % | 75.4 % | 4 |
//! | a to e | f | 82.0 % | 90.4 % | 3 |
//! | a to f | g | 72.5 % | 84.2 % | 1 |
//! | a to g | h | 69.0 % | 73.9 % | 0 |
//! | a to h | i | 64.9 % | 90.2 % | 0 |
//! | a to i | j | 65.1 % | 88.9 % | 1 |
//! | a to j | k | 81.1 % | 92.3 % | 1 |
//! | a to k | l | 64.0 % | 86.8 % | 1 |
//! | a to k | m | 71.7 % | 90.6 % | 3 |
//! | a to l | n | 65.7 % | 87.9 % | 0 |
//! | a to n | o | 64.1 % | 74.1 % | 2 |
//! | a to n | p | 68.2 % | 88.0 % | 0 |
//!
//! Training figures of the reader tuned on a to i: a 98.6 %, b 98.7 %,
//! c 93.7 %, d 94.3 %, e 72.0 %, f 86.0 %, g 74.7 %, h 69.0 %, i 94.8 %
//! recall, all at 100 % precision with no invented number.
//! Tuned on a to j: a 98.6 %, b 98.6 %, c 93.5 %, d 94.3 %, e 72.0 %,
//! f 86.0 %, g 78.7 %, h 75.2 %, i 94.8 %, j 83.1 % recall, all at 100 %
//! precision with no invented number.
//! Tuned on a to m: a 98.6 %, b 98.6 %, c 93.5 %, d 94.3 %, e 72.0 %,
//! f 86.0 %, g 79.2 %, h 75.2 %, i 94.8 %, j 83.1 %, k 82.0 %, l 66.1 %,
//! m 85.0 % recall, all at 100 % precision with no invented number.
//! Tuned on a to p (branch `tune-op`, precision first: each rule in other
//! words in `sheet_o.rs`): a 98.6 %, b 98.6 %, c 93.5 %, d 95.1 %, e
//! 72.0 %, f 88.0 %, g 80.3 %, h 76.1 %, i 94.8 %, j 83.7 %, k 82.9 %,
//! l 67.0 %, m 85.0 %, n 75.5 %, o 85.9 % (from 64.1 %), p 80.4 % (from
//! 68.2 %) recall, all at 100 % precision with no invented number and no
//! proposal nobody expected.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use steady_core::facts::rules::{
    Cutoff, EscortPresence, MedicineBefore, Moment, NoDriving, Rideshare, Until, WhoToCall,
};
use steady_core::plan::sheet::{read_sheet, Proposed, SheetReading, Subject};

/// The targets (issue 25), for every half: recall and precision at least
/// these, and no invented number; a half read while tuning also has no
/// proposal nobody expected.
const MIN_RECALL: f64 = 0.80;
const MIN_PRECISION: f64 = 0.95;
/// Halves read while tuning whose recall has not reached [`MIN_RECALL`]
/// yet, with the floor each has reached (every other target, and no
/// proposal nobody expected, hold for them as for the others), as the
/// reader tuned on a to i reads them: half e 67/93 = 72.0 %, half g
/// 133/178 = 74.7 %, half h 85/113 = 75.2 % (their own short rounds left
/// them at 69.9 %, 74.2 % and 68.1 %); half g's floor raised to the
/// 140/178 = 78.7 % the reader tuned on a to j reaches. Half j reached
/// 83.1 %, so it is held to the target like the others. Half l's one
/// short round (branch `tune-l`) left it at 72/111 = 64.9 %; its second
/// (one more expected line, # judge:) at 73/112 = 65.2 %; a bare
/// "medicines" taking the name the sentence before said, at 74/112 =
/// 66.1 % with nothing unexpected. The round on half m (branch `tune-m`)
/// left m at 102/120 = 85.0 %, so m is held to the target like the
/// others, and raised half g to 141/178 = 79.2 %. The round on half n
/// (branch `tune-n`) raised g to 143/178 = 80.3 %, so g is held to the
/// target like the others, raised l to 75/112 = 67.0 %, and left n at
/// 108/143 = 75.5 % with 100 % precision and nothing unexpected (65.7 %
/// and 87.9 % when held out), its floor now. The round on halves o and p
/// (branch `tune-op`) left o at 67/78 = 85.9 % and p at 86/107 = 80.4 %,
/// both at 100 % precision with nothing unexpected and no invented number
/// (64.1 %, 74.1 %, 2 invented and 68.2 %, 88.0 %, 0 when held out), so
/// both are held to the target like the others and need no floor; it
/// raised d to 95.1 %, f to 88.0 %, h to 76.1 % and j to 83.7 %, and left
/// the floors of e, h, l and n as they were. The round on the core rules
/// (branch `tune-core`: heading scope over long bullets and "Don'ts"
/// subheadings, lengths "for" a food, brackets that close "except", noun
/// reasons) raised l to 87/112 = 77.7 % and n to 111/143 = 77.6 %. The
/// round on things to bring and wear (branch `tune-bring`), merged with
/// it, raised h and n past 80 % and l to 88/112 = 78.6 %. The round on
/// questions (branch `tune-ask`: company for a span or with no length,
/// fasting left to the clinic, rules for some bookings or patients asked),
/// merged with both, raised e to 71/93 = 76.3 % and l to 89/112 = 79.5 %,
/// their floors now, and n to 119/143 = 83.2 %, which needs none. Halves
/// s and t, read while tuning since branch `tune-st` (precision first:
/// every proposal nobody expected removed by its mechanism), reached
/// 104/129 = 80.6 %, which needs none, and 97/128 = 75.8 %, t's floor.
/// Halves r, u and v, read while tuning since branch `tune-uv` (invented
/// numbers first, then every proposal nobody expected, each removed by its
/// mechanism, then the commonest misses), reached 86/111 = 77.5 %, r's
/// floor, 88/120 = 73.3 %, u's floor, and 100/120 = 83.3 %, which needs
/// none; they raised s to 106/129 = 82.2 % and t to 98/128 = 76.6 %.
/// Halves w and x, read while tuning since branch `tune-wx` (precision
/// first: every proposal nobody expected removed by its mechanism, then
/// the commonest misses), reached 99/111 = 89.2 % and 83/90 = 92.2 %,
/// 100 % precision each, and need no floor. Half y, read while tuning
/// since branch `tune-y` (the invented number first, then every proposal
/// nobody expected, each removed by its mechanism, then the commonest
/// misses), reached 92/107 = 86.0 % at 100 % precision, and needs no
/// floor; it raised k to 100/111 = 90.1 %. The round on medicines to take
/// on the day (branch `tune-take`: a class the sheet tells the patient to
/// take with the sip the fast allows, on the morning or as usual, and the
/// class a ban or a fast leaves out; none inside the keep-taking sentence,
/// told of, or left to the prescriber), at 100 % precision on every half,
/// raised e to 72/93 = 77.4 %, t to 99/128 = 77.3 % and u to 89/120 =
/// 74.2 %, and h, k, m, n, s, w, b and the written set a too; b's reader
/// had not written the exception to a skip as a take line (half b was read
/// before the vocabulary could say it), so one line was added there. Then
/// a named class whose prescriber "will tell you when to stop" it, asked,
/// and the usual medicines kept "unless your doctor tells you not to"
/// raised u to 92/120 = 76.7 %; e, t and u are held to these floors now.
/// Dependents in sole charge or care banned "for the rest of the day"
/// raised l to 90/112 = 80.4 %, which needs no floor, and d, n and the
/// written set a.
/// Halves aa and ab, read while tuning since branch `tune-ab` (the
/// invented number first, then every proposal nobody expected, each
/// removed by its mechanism: the sip pills are taken with is no drinks
/// cutoff, a list broken off at "your" brings nothing, a caution about
/// stopping any medicine names none, the whole stay is no observation,
/// half a dose the night before with none on the day is no fewer on the
/// day, a ride allowed with an escort is only with escort, a talk asked of
/// those who take a medicine is no taking, an example for one booking
/// time is no food rule, medicines named before or taken as the doctor
/// directs are not the usual ones kept, medicines said in a condition take
/// no other clause's time), reached 86/122 = 70.5 % and 98/140 = 70.0 % at
/// 100 % precision; they raised u to 93/120 = 77.5 %. Then the misses,
/// medicines to ask the prescriber about first: a name Steady does not
/// know, listed between medicines it knows, is one more medicine (ab
/// 102/140 = 72.9 %); a prescriber who "will have told you" when to stop
/// and instructions "not been given" yet are asked (aa 88/122 = 72.1 %);
/// someone to "watch you at home" is company and someone to "take you to
/// and from" the clinic an escort (ab 104/140 = 74.3 %); a leading
/// reason that says what the patient must do ("because it is important to
/// fast ...") is read (aa 90/122 = 73.8 %); "if you have taken anything"
/// right after the fast, with the visit lost, is the broken fast (ab
/// 105/140 = 75.0 %); someone who "goes with you" in the taxi is the
/// escort (aa 91/122 = 74.6 %, and g 165/178); a lead that ends "please
/// bring your", its things on the lines below, heads the list (aa 94/122
/// = 77.0 %), and what the patient arrives with, a filled-in form first,
/// is brought (aa 97/122 = 79.5 %), and "5 o'clock in the morning" is a
/// clock time (aa 99/122 = 81.1 %, which needs no floor). ab is held to
/// its floor now.
/// Halves ac and ad, read while tuning since branch `tune-cd` (the
/// invented numbers first, then every proposal nobody expected, each
/// removed by its mechanism: drinking that goes back to alcohol, fizzy
/// drinks with the food, a medicine listed inside the keep-taking
/// sentence, narcotic drugs beside alcohol, a lead to the steps below,
/// one drink alone in brackets, something worn through the days after,
/// "your doctor's office", medicine the clinic gives, an adult who
/// watches over the recovery, dependants for longer than a day (asked),
/// how long the operation itself takes), reached 61/81 = 75.3 % and
/// 112/174 = 64.4 % at 100 % precision, 0 invented; they raised l to
/// 91/112 = 81.2 % and t to 100/128 = 78.1 %, t's floor now. Then the
/// misses: ", who should ..." after the escort is a clause of its own (ac
/// 62/81 = 76.5 %, n 122/143 = 85.3 %); a sentence of examples right
/// after a ban on medicines ("Among them: ...") names more medicines under
/// the ban (ad 130/174 = 74.7 %); a medicine allowed up until midnight has
/// its last dose that night (ad 132/174); "the doctor who prescribes it"
/// and "for directions" send the patient to the prescriber (ad 137/174);
/// "our physicians" and the clinic's unit are the clinic to call (s
/// 108/129 = 83.7 %, y 93/107 = 86.9 %, written a 293/353 = 83.0 %);
/// medicines "at their regular times" are kept and a purpose after a
/// comma negates nothing (ac 63/81, ad 138/174); a quoted "'clear fluids'
/// means" defines them (ac 64/81 = 79.0 %); a quoted name in a list of
/// medicines is one more (ad 139/174 = 79.9 %); "keep your stomach empty
/// after 10 pm" is the fast (ac 66/81 = 81.5 %, which needs no floor); a
/// doctor who must know "if you take" a medicine is asked about it (ad
/// 140/174 = 80.5 %, which needs no floor either).
/// Branch `tune-visit` read the misses on things to bring, visit tasks,
/// the escort's presence and the stay: a lead that asks for "the
/// following" for a purpose ("for admission") heads a list whose things
/// may stand unbulleted on lines of their own, "What to take" alone on its
/// line heads one, numbered lines are its things, an "(optional)" one is
/// allowed, "medicines and tablets" is one thing, and "or of the ..."
/// continues the thing before (ac 64/81 = 79.0 %, u 95/120 = 79.2 %, y
/// 94/107); a bowel preparation or laxative taken at home with no time on
/// the page asks the task's time (r 87/111 = 78.4 %, u 96/120 = 80.0 %,
/// and l, m, p, v); "they" opening the sentence after one that names the
/// escort is the escort (ad 113/174 = 64.9 %, k, x and the written set a);
/// what must be shown at the appointment or on arrival is brought (r
/// 88/111 = 79.3 %); when the patient is collected or discharged, counted
/// from the end of the treatment, is the stay after it (k 103/111, m
/// 109/120, n 122/143; the harness now reads "one and a half hours" as
/// the 1.5 it says, as it read "an hour and a half"); arriving "at the
/// hospital early" or "before the booked appointment time", by no number,
/// is asked (ac 65/81 = 80.2 %, which needs no floor, t 101/128 = 78.9 %);
/// a visit cancelled, or not had, without someone to take the patient
/// home asks for the escort (f 94/100, p 95/107); on a page for a child's
/// treatment, the parent asked to wait at the clinic through it is the
/// escort staying on site (v 103/120); confirming the booking is the
/// patient's task, the clinic's own call to confirm none (aa 100/122, ab
/// 106/140, r 89/111 = 80.2 %, which needs no floor; in ab and r by a
/// question on a confirming task the page gives no count for, which the
/// harness counts for a `!` task of the same page);
/// t and u are held to these floors. That branch began before the round
/// on ac and ad was merged; merged after it, together: ac 70/81 = 86.4 %,
/// ad 141/174 = 81.0 %, n 123/143, y 95/107, every other half as each
/// branch left it, all at 100 % precision with no invented number.
/// Branch `tune-flags` read every half for red flags to report before the
/// visit: a change in the patient's health told to the clinic is a red
/// flag even where its words name medicines or the condition, its
/// examples named just before a call that names nothing else are its
/// situation, "this office", a doctor by name, "let the doctor know" and
/// "must be reported before" name the sheet's own clinic, and a lead
/// before the call that names no sign is not the situation (aa 100/122 =
/// 82.0 %, ab 106/140 = 75.7 %, ac 67/81 = 82.7 %, ad 141/174 = 81.0 %, d
/// 121/124, j 155/173, r 87/111 = 78.4 %, u 94/120 = 78.3 %, v 101/120;
/// r's and u's floors raised to 0.78). Then "how long you should stay
/// off them" is medicines not taken, not a stay, so a call to the
/// prescriber after it asks about the medicines named before (ad 148/174
/// = 85.1 %). Then "go straight to" or "come back to" the emergency
/// department is the emergency call (but not beside another doctor before
/// "or go"), a clinic or doctor named by its kind ("the dental clinic",
/// "the ordering doctor") is the sheet's own, and "before that
/// appointment" says when (e 73/93 = 78.5 %, its floor raised to 0.78; f
/// 94/100, j 156/173, o 71/78). Then a bare call on the clinic's sheet
/// ("but call if ...", "please call so we can talk") is to the clinic,
/// with the words after its "if" the situation; a label before a colon is
/// what "either of these" points back to; "if you cannot come" is no sign
/// (e 74/93 = 79.6 %, its floor 0.79; v 102/120, w 102/111). Then
/// medicines named by the illnesses they treat ("have diabetes, heart
/// disease or another illness that needs medications", with a call to the
/// prescriber) are one medicine to ask about per illness (ad 151/174 =
/// 86.8 %). That branch began before the round on bringing, tasks, presence
/// and the stay was merged; merged after it, together: aa 101/122, ab
/// 107/140 = 76.4 % (its floor 0.76), ac 71/81, ad 152/174 = 87.4 %, e
/// 74/93 = 79.6 % (its floor 0.79), f 95/100, r 90/111 = 81.1 % and u
/// 97/120 = 80.8 % (past 80 %, their floors removed), v 105/120, all at
/// 100 % precision with no invented number.
/// Branch `tune-rest` read the misses of e, t and ab, the halves still
/// below 80 %: medicines named by the prescriber outside the clinic who set
/// them ("your prescribed medicines", "the medicines your doctor has
/// ordered") are the usual ones, kept (ab 108/140 = 77.1 %, its floor
/// 0.77; e 75/93 = 80.6 %, past 80 %, its floor removed; s 109/129; t
/// 102/128 = 79.7 %). Then a warning just after the fast that points back
/// to it ("if you do not, ...") or says the treatment goes ahead without
/// sedation is what breaking the fast costs (ab 109/140 = 77.9 %, its
/// floor 0.77; t 103/128 = 80.5 %, past 80 %, its floor removed). Then
/// "clear liquid (water, black coffee)" in the singular names what counts
/// as clear, as the plural does (ab 110/140 = 78.6 %). Then a heading
/// that is only a length before the visit ("Two weeks before surgery", a
/// page laid out as a timeline) says when the medicines named and stopped
/// under it stop, and gives nothing else under it a time (ab 118/140 =
/// 84.3 %, past 80 %, its floor removed). Then "20 or so minutes" is
/// about 20 minutes, kept as the number as "about" is (t 104/128 = 81.2
/// %). Then a rule for the young "and for anyone having sedation" is
/// everyone's on a sedation sheet, and an age a patient is "under" is no
/// escort's age (ab 119/140 = 85.0 %). No half was below 80 % then.
/// Branch `tune-task` read the misses on tasks before the visit and on
/// things to bring for some patients, across every half: a task the sheet
/// gives with a count counted to the visit ("at least 3 weeks before your
/// surgery", "within 7 days of your surgery", "5 days ahead") is proposed
/// at that count; one for some patients only, at a named moment ("the
/// night before", "at bedtime") or for a pre-medication "as directed" is
/// asked on the visit task (aa 104/122, ab 122/140, ad 156/174, e 77/93,
/// f 96/100, g 166/178, j 160/173, k 104/111, l 95/112, m 111/120, n
/// 127/143, p 97/107, s 110/129, v 106/120, w 104/111). Then a thing to
/// bring for some patients only ("X-rays if applicable", "asthma
/// sufferers are asked to bring their inhalers") is asked on bring, a new
/// question subject (h 96/113, i 95/97, n 128/143, s 113/129, t 105/128,
/// v 108/120, y 97/107). Then the sentence right under "What to bring"
/// that names its things after "including" brings those things (l 99/112
/// = 88.4 %). Every half stays at 100 % precision with no invented number.
/// Branch `tune-eh` read halves ae and ah, held out until then: their
/// wrong proposals went first, each by how clinics write ("7h in the
/// morning" a clock, "the whole day" the rest of it, water to swallow
/// pills with no drinks cutoff, an escort who comes up to collect the
/// patient, a guessed fast asked), which left ae 62/95 = 65.3 % and ah
/// 77/115 = 67.0 %, both at 100 % precision with no invented number, and
/// they became halves read while tuning at those floors (0.65 and 0.66).
/// Then their misses: the stay after as clinics abroad put it ("nurses
/// will watch you for one hour", "can go home after 1 hour", "your
/// condition is watched"), "the whole of the day" and "any more that day"
/// the rest of it, "unsuitable to drive" a ban (ae 63/95 = 66.3 %, its
/// floor 0.66; ah 81/115 = 70.4 %). Then a companion the patients "are
/// asked to have", or "come with an adult companion", is the escort (ah
/// 83/115 = 72.2 %, its floor 0.72; ac 72/81). Then a stop with no time
/// of its own and a list under it whose lines give the times ("you must
/// stop them before the examination", "Marevan 3 days before") stops each
/// medicine a line names for its time (ah 89/115 = 77.4 %, its floor
/// 0.77; r 90/111, one right proposal more). Then the examination put
/// off ("your examination will be postponed", "necessary to postpone
/// the examination", "lead to the procedure being postponed") is what
/// breaking the fast costs, also after an empty stomach whose times are
/// given elsewhere (ae 64/95 = 67.4 %, its floor 0.67). Then "report to
/// the hospital" a time before is arriving early (ae 65/95 = 68.4 %, its
/// floor 0.68; written a 296/353). Then medicines taken "only after the
/// examination" skip that morning (ah 90/115 = 78.3 %, its floor 0.78).
/// Then "clear liquids (not milk products)" says what counts, and "plan
/// how you will travel" home is asked as "a ride" is (ah 92/115 = 80.0 %,
/// past 80 %, its floor removed). Then "taking an active part in road
/// traffic" is driving, and an empty stomach whose times "you will be
/// given instructions about" beforehand is asked for the food's time and
/// the drinks' (ae 68/95 = 71.6 %, its floor 0.71). Then a concession
/// after a comma (", although you should not drive for the rest of that
/// day") is a clause of its own, with its own time (ae 70/95 = 73.7 %,
/// its floor 0.73). Then decisions banned "in that time" end with the
/// driving ban of the sentence just before (ae 71/95 = 74.7 %, its
/// floor 0.74). Then "water, tea or coffee without milk" until a time
/// names what counts as clear (ae 72/95 = 75.8 %, its floor 0.75; written
/// a 297/353).
/// The two branches ran side by side and were merged without a change to
/// either's rules; measured together, every half read while tuning is as
/// each branch left it, at 100 % precision with no invented number.
/// Branch `tune-ij` read halves ai and aj, held out until then (ai 79/114
/// = 69.3 %, 71/79 = 89.9 %, 1 invented; aj 49/74 = 66.2 %, 37/44 = 84.1
/// %, 3): their wrong proposals went first, each by how clinics write
/// (`not_the_rule.rs`: a taxi driver who will not be the escort, a taxi
/// said to be "no problem", a bike a child must not ride, "12:01 AM" for
/// after midnight, drinks that "may be allowed" asked, a drink "with no
/// solid bits", breast milk no clear liquid, the patient leaving with the
/// escort, public transport offered beside a lift, medicines "for" named
/// illnesses, "tell us about your state of health", a recent illness told
/// to "your doctor" before the visit, a driving clause's own length),
/// which left ai 83/114 = 72.8 % and aj 50/74 = 67.6 %, both at 100 %
/// precision with no invented number, and they became halves read while
/// tuning at those floors (0.72 and 0.67). Then a heading that gives a
/// length after the session ("For up to 24 hours after the
/// anaesthesia:") gives it to the lines under it asked only for their
/// time (`heading_length.rs`; aj 54/74 = 73.0 %, its floor 0.72). Then
/// Motrin and Aleve are medicines, and a stop whose lead gives its time
/// ("Avoid every blood-thinning agent for two weeks before surgery:")
/// stops each name the lines under it give (`stop_over_list.rs`; ai
/// 90/114 = 78.9 %, its floor 0.78; ab 123/140, one right proposal more).
/// Then a rest "while the sedative wears off" or "until you are awake"
/// for a range is the stay after, when nothing else gave it
/// (`rest_after.rs`; aj 56/74 = 75.7 %, its floor 0.75). Then "medicines
/// taken for the heart, high blood pressure or asthma may be taken as
/// usual" takes each illness's medicines on the day, not every usual
/// medicine (`illness_medicines.rs`; ai 93/114 = 81.6 %, past 80 %, its
/// floor removed). Then a meal allowed up to a time and "after that, no
/// more eating" in the next sentence give the food's cutoff
/// (`after_that.rs`), and "please tell us if you have eaten or drunk
/// something" is what to do if the fast is broken (aj 57/74 = 77.0 %, its
/// floor 0.77; the breast milk that had been read as clear liquids no
/// longer stands in for its `!` line). Then the company the patient is to
/// come or go with ("must come with an adult", "go with a person you
/// trust", "arranging someone to accompany you") is the escort, when
/// nothing else asked for one (`companion.rs`; ai 94/114 = 82.5 %; aj
/// 59/74 = 79.7 %, its floor 0.79). Then "From 0.00 o'clock" is a clock
/// written with a dot (`tokens.rs`; aj 60/74 = 81.1 %, past 80 %, its
/// floor removed). Then a recovery of a range told as sleeping it off
/// ("about 30-60 min"), as being fully awake after it, or as being
/// watched for it is the stay after (`rest_after.rs`; ae 75/95 = 78.9 %,
/// its floor 0.78; written a 298/353). Then "it is very important that
/// an adult companion takes you home" is the escort too (`companion.rs`;
/// ae 76/95 = 80.0 %, reaching 80 %, its floor removed): every half read
/// while tuning is at 80 % recall or more again.
///
/// Branch `tune-kl` read halves ak and al, held out until then, first for
/// their wrong proposals, each fixed for the family it belongs to, not the
/// phrase (`unsure_frame.rs`): a worked example's own clock times ("if the
/// operation is at 14 h, ..."), a number that stands only in the "if"
/// clause, a report of what was already taken told to the team, a
/// pre-visit rule said in a sentence framed after the treatment ("after
/// waking up", "in the first 24 h"), medicines taken only once agreed
/// (asked of the prescriber), "drugs" that are calming medicines (no
/// alcohol), an adult who only watches the patient before the visit (no
/// escort), the whole hospital stay (asked, no observation), a midnight
/// fast after a clear-liquid day (the food stopped with that day), a
/// fallback "if you are unsure", "other medicine" and a heading's thing
/// named again in full (no things to bring), a bare "medicine" the
/// sentence qualified, and a change in health told "your doctor" before
/// the visit (the clinic). That left ak 95/134 = 70.9 % and al 48/89 =
/// 53.9 %, both at 100 % precision with no invented number, and they
/// became halves read while tuning at those floors (0.70 and 0.53). Then
/// a length said of the patient's impairment ("the ability to react is
/// impaired for at least 24 h") is the length of the bans after it that
/// point back to it ("during this time", "in this period", "in addition",
/// "either"), driving named there too (`span_before.rs`; al 53/89 =
/// 59.6 %, its floor 0.59). Then every name a medicines lead announces
/// ("any of these medications: Iron, Aspirin, ... and others") is a
/// medicine with the rule the known names got (`named_list.rs`; ak 97/134
/// = 72.4 %, its floor 0.72). Then being "off these medications for
/// seven days" is a stop that many days before for each medicine the
/// sentence before named (`off_for.rs`; ak 102/134 = 76.1 %, its floor
/// 0.76). Then the patient kept in an adult's company for a length ("in
/// the company of", "under the supervision of", "is with you at all
/// times", "not alone ... for the first 24 hours") is someone staying
/// (`company_for.rs`; ak 103/134 = 76.9 %; al 56/89 = 62.9 %, its floor
/// 0.62).
///
/// Branch `tune-mn` read halves am and an, held out until then (am 87/108
/// = 80.6 %, 68/78 = 87.2 %, 1 invented; an 50/91 = 54.9 %, 36/47 = 76.6
/// %, 2). Their wrong proposals went first, each by the family of words
/// that should have left the reader unsure, not the phrase (`unsure.rs`:
/// bringing denied or only a condition, a limit or an action read as a
/// thing to bring, a medicine class named by what it does, "take" and
/// "keep" in other senses, "which to continue and which to stop" asked of
/// the prescriber, a medicine named after "except" from taking, a time
/// bound to asking the doctor, two places to tell, an illness before the
/// operation told to "your doctors", drinks that are not clear, usual
/// medicines taken by a time, "patients who take X", "the medicine" with
/// no name, a parent until the child is asleep, some medicines kept and
/// some not, "nil by mouth" from the end of the clear drinks), which left
/// am 92/108 = 85.2 % and an 51/91 = 56.0 %, both at 100 % precision with
/// no invented number and every half read before unchanged; they became
/// halves read while tuning, an at its floor (0.56). Then the escort as a
/// person the patient is accompanied, seen home or let go with ("must be
/// accompanied by a family member or a friend", "ought to be seen home by
/// another grown-up", "may only leave together with an accompanying
/// person", "bring an adult who can take you home", `companion.rs`), and
/// "if you have been given a calming medicine" as the sheet's own
/// sedation, naming no group (`some_patients.rs`; the sedative so given
/// is no sedative banned, `unsure.rs`): am 93/108 = 86.1 %, an 55/91 =
/// 60.4 %, its floor 0.60. Then a denial after the company is another
/// clause's ("..., and for the next 24 hours you may not drive"), and
/// the stay after is told by the going home ("discharge usually takes
/// place 1-2 hours after the end", "we have you rest for about 1 hour
/// before you go home", `rest_after.rs`): an 58/91 = 63.7 %, its floor
/// 0.63. Then the clear drinks named by example after the drink words
/// ("clear liquids, that is water, squash", "thin, watery liquid, for
/// example water", "Examples include water, tea" after the clear liquids,
/// `clear_examples.rs`) say what counts: am 94/108 = 87.0 %, an 60/91 =
/// 65.9 %, its floor 0.65; ai 95/114, one right proposal more. Then
/// advice asked of the doctor right after a stop on the same line ("stop
/// taking these two days before. Get in touch with your treating doctor
/// for advice on stopping, dosing and starting again") asks about each
/// medicine stopped (`ask_after_stop.rs`): an 64/91 = 70.3 %, its floor
/// 0.70. Then taking the usual medicines said allowed ("taking the
/// medicines needed to treat chronic illnesses is allowed") keeps them
/// (`usual_allowed.rs`): an 65/91 = 71.4 %, its floor 0.71.
///
/// Branch `tune-ast` read halves as and at, held out until then (as
/// 74/126 = 58.7 %, 55/61 = 90.2 %, 0 invented; at 39/77 = 50.6 %, 23/24
/// = 95.8 %, 1). Their wrong proposals went first, each by its family,
/// one file a family: a ban on kinds of food told by what they hold
/// ("food that contains seeds"), asked, not a fast (`food_kinds.rs`); a
/// dose missed or forgotten, a thing to report and no medicine rule
/// (`missed_doses.rs`); a halved or lowered dose, fewer on the day
/// (`half_dose.rs`); sips that carry the tablets, no drinks time
/// (`sips_for_medicines.rs`); the child as the sentence's subject, the
/// patient, no dependants (`child_patient.rs`, since folded into `children_as_patients.rs`); staying with the patient
/// for a length after, not the escort on site (`stay_after_home.rs`);
/// coming a day or more before, a visit of its own, not arriving early
/// (`visit_days_before.rs`); a bare "medications" whose brackets name the
/// medicines, one line per name (`class_named.rs`). That left as 78/126
/// = 61.9 % and at 39/77 = 50.6 %, both at 100 % precision with no
/// invented number, and they became halves read while tuning at those
/// floors (0.61 and 0.50). Then their misses, by family: a stop whose
/// lead gives the length and names its medicines after a colon ("Stop the
/// following medications 5 days before your procedure: Plavix, Pletal or
/// Pradaxa"), or names one the reader does not know ("Stop Effient 7 days
/// before"), a stop for each capitalised name (`stop_named_inline.rs`);
/// and the escort as someone the patient comes with or is collected by
/// ("come to the examination with someone", "with at least one ...
/// responsible adult", "ask a friend or relative to collect you"), not
/// when denied in its own clause, hedged ("useful") or offered beside
/// public transport (`come_with_someone.rs`): as 98/126 = 77.8 %, its
/// floor 0.77; at 41/77 = 53.2 %, its floor 0.53; every other half
/// unchanged. Then what happens if the fast is broken, said as the
/// page's rules not kept ("if the instructions are not kept to, the
/// sedation will have to be delayed", "may have to call off the
/// treatment") or as food taken all the same and told to the staff, on a
/// page with a fast (`rules_not_kept.rs`): as 99/126 = 78.6 %, its floor
/// 0.78; at 43/77 = 55.8 %, its floor 0.55; k 105/111 = 94.6 %. Then
/// what counts as clear said by a bracket of what the clear drinks must
/// not hold ("clear liquids until 2 hours before (no milk or creamer, no
/// juice with pulp)", `clear_exclusions.rs`): as 101/126 = 80.2 %,
/// reaching 80 %, its floor removed. Then a unit shortened with a point
/// after a count ("8 hrs. no more ordinary food") keeps its count: the
/// point is the unit's, not punctuation (`tokens.rs`): at 44/77 = 57.1 %,
/// its floor 0.57.
///
/// Branch `tune-aqr` read halves aq and ar, held out until then (aq
/// 128/181 = 70.7 %, 120/132 = 90.9 %, 0 invented; ar 36/63 = 57.1 %,
/// 22/27 = 81.5 %, 2). Their wrong proposals and invented numbers went
/// first, each by the family of words that should have left the reader
/// silent or read otherwise, one file each: medicines left to another's
/// word ("as you are told", "if you were told to take", "keep to the
/// doctor's instructions on taking", `medicines_as_told.rs`), a class
/// named with its members in brackets (a rule per member,
/// `class_with_examples.rs`), clothes weighed against each other ("X or Y
/// are best", `clothes_preferred.rs`), a list's lead with no items
/// (`bring_lead_only.rs`), a bare item in a list nobody said to bring
/// (`clothes_unasked.rs`), a taxi barred only without an adult (a taxi
/// with the escort, `taxi_without_adult.rs`), a taxi left out of an offer
/// ("(not taxis) can be arranged", `taxi_left_out.rs`), "if you do not,
/// ..." after a rule that is not the fast (`other_consequence.rs`), the
/// patient's own leaving read as the escort's (`patient_leaves.rs`),
/// children as the patients read as dependants
/// (`children_as_patients.rs`), a fast from drinks alone or a later "no
/// food or liquid" read as food's time (`fast_from_drinks.rs`), and a
/// change in health told to "your physician" (the clinic,
/// `change_told_physician.rs`). That left aq 133/181 = 73.5 % and ar
/// 36/63 = 57.1 %, both at 100 % precision with no invented number and
/// every half read before unchanged; they became halves read while tuning
/// at those floors (0.73 and 0.57); ak, at 104/134 = 77.6 % since the two
/// rounds before were merged, its floor 0.77. Then the patient let go
/// only in someone's company ("released home only in the company of an
/// adult", "please leave the department with a companion", "you must
/// arrange to be collected"; not with a denial or condition in its clause,
/// nor beside another way home) is the escort
/// (`released_with_company.rs`): ar 41/63 = 65.1 %, its floor 0.65 Then
/// a date "moved or cancelled" (or "rebooked") if the rules below are not
/// kept is the broken fast's warning, as "cancelled" was
/// (`fast_broken.rs`): aq 134/181 = 74.0 %, its floor 0.74 Then
/// "solid and/or fatty foods", a kind word beside "solid", is all solid
/// food, proposed rather than asked (`solid_or_kind.rs`): ar 42/63 =
/// 66.7 %, its floor 0.66. Then kinds of medicine sharing one head word ("your
/// heart, breathing, seizure or high blood pressure medicine") are a
/// medicine each with the rule the last got (`shared_head.rs`): aq
/// 137/181 = 75.7 %, its floor 0.75.
///
/// Branch `tune-aop` read halves ao and ap, held out until then, for
/// their wrong proposals, and removed each by the family it belongs to,
/// a file each: an interpreter or the escort's own papers read as the
/// escort (`someone_else.rs`), "stay fasting" read as a stay, a fast of
/// "every kind of food" read as a drinks time, and the hours written
/// beside another kind (`fasting_state.rs`), the ideal fast told beside
/// the rules (`safest_advice.rs`), a taxi fare or voucher
/// (`taxi_paid.rs`), a ride only recommended where another sentence
/// allows a taxi alone (`ride_recommended.rs`), driving to the visit,
/// asked (`drive_to_visit.rs`), a bracketed second time beside a clock
/// time, asked (`bracket_second_time.rs`); and in `unsure.rs` bringing
/// banned outright and an example or a bare amount read as an item, in
/// `unsure_frame.rs` "expect to stay" as the whole visit. Every half read
/// before kept its recall. ap reached 46/79 = 58.2 %, 38/38 = 100 %, 0
/// invented, and became a half read while tuning at its floor (0.58).
/// Then "nothing by mouth, not even water" for some hours, on a sheet whose
/// other sentence bars solid food for the whole day, is no time for food
/// (`fasting_state.rs`): ao 101/121 = 83.5 %, 80/80 = 100 %, 0 invented,
/// a half read while tuning past 80 % (no floor).
///
/// Branch `tune-auv` read halves au and av, held out until then (au
/// 94/131 = 71.8 %, 87.2 %, 2 invented; av 38/71 = 53.5 %, 85.0 %, 0),
/// for their wrong proposals, and removed each by the family it belongs
/// to, a file each: a task whose verb is denied (`negated_task.rs`), a
/// medicine ban that waits on someone's agreement, asked
/// (`without_agreeing.rs`), a taxi beside an adult who must come, only
/// with the escort (`taxi_with_adult.rs`), the patient as the one brought
/// (`brings_the_patient.rs`), an example of the usual medicines
/// (`usual_with_example.rs`), a medicine the patient may need to start
/// (`may_need_medicine.rs`), a summary of a fast told elsewhere
/// (`restated_fast.rs`), a time from another clause
/// (`time_of_another_clause.rs`), water included in a ban
/// (`water_included.rs`), a class narrowed by its words
/// (`class_qualified.rs`), "drugs" that are medicines
/// (`drugs_as_medicines.rs`), a list whose items carry their own brackets
/// (`own_bracket_items.rs`); and in `patient_leaves.rs` the patient kept
/// until the escort arrives, in `sips_for_medicines.rs` medicines taken
/// with water or juice up to a time. Every half read before kept its
/// recall. au reached 97/131 = 74.0 %, av 39/71 = 54.9 %, both 100 %
/// and 0 invented, and became halves read while tuning at their floors
/// (0.74, 0.54). Then a medicine the team is to be told of ("tell the
/// staff if you are taking anticoagulants"), asked of the prescriber
/// (`told_if_taking.rs`), and coming with someone "advisable" or "best"
/// as the escort (`companion.rs`): av 46/71 = 64.8 %, its floor 0.64;
/// ac 73/81, aq 139/181 = 76.8 % (its floor 0.76), s 114/129, u 98/120
/// too. Then the escort who waits at the office ("we prefer that your
/// driver waits at the office", a parent who must stay there), staying on
/// site (`escort_waits_at_office.rs`), and the usual medicines kept going
/// without "continue" ("take your other medicines regularly and on time",
/// `usual_kept_going.rs`): au 103/131 = 78.6 %, its floor 0.78. Then a
/// fast whose words take in drinks ("water included", "not have eaten,
/// drunk ..."), the drinks' time too (`fast_includes_drinks.rs`), and
/// "unless asked to stop them" no ban of its own: av 49/71 = 69.0 %, its
/// floor 0.69; ar 43/63 = 68.3 %, its floor 0.68; ac 74/81, ah 93/115.
/// Then a drink allowed up to a time, said drink first ("water, which
/// you may have until two hours before"), the drinks' cutoff
/// (`water_until.rs`): au 104/131 = 79.4 %, its floor 0.79; av 50/71 =
/// 70.4 %, its floor 0.70. Then "you will need to be driven home" as the
/// escort (`companion.rs`): au 105/131 = 80.2 %, past 80 % (no floor).
/// Then an item's own bracket gives its rule ("Aspirin (stop 1 week
/// before)", "Marcumar (please talk to the surgeon)";
/// `own_bracket_items.rs`): av 52/71 = 73.2 %, its floor 0.73.
///
/// Branch `tune-awx` read halves aw and ax, held out until then (aw
/// 65/89 = 73.0 %, 46/60 = 76.7 %, 3 invented; ax 25/41 = 61.0 %, 16/20 =
/// 80.0 %, 2), beside branch `tune-auv`. Their wrong proposals and
/// invented numbers went first, each by the family of words that should
/// have left the reader silent or read otherwise, one file each: a stop
/// told as a hedge ("it may be best to stop ... but this depends on why",
/// a talk with the prescriber and no time, `hedged_stop.rs`), a drinks
/// allowance's time read as food's ("can drink water up to two hours
/// before, but not ...", "except water, which may be taken until 4 hours
/// before", `drinks_allowed_until.rs`), the usual medicines kept with
/// exceptions told elsewhere ("except as discussed above",
/// `except_as_discussed.rs`), a taxi named as the alternative to being
/// collected (no escort, the taxi allowed, `taxi_alternative.rs`), drinks
/// called not clear after the noun (`not_clear_after.rs`), a fact about
/// how long things stay in the stomach (`stomach_facts.rs`), a list of
/// what products contain (one stop for the products, `contents_list.rs`);
/// and clothes "best" beside others "not advised"
/// (`clothes_preferred.rs`), a thing to bring cut before "when you ..."
/// (`list_items.rs`). That left aw 71/89 = 79.8 % and ax 27/41 = 65.9 %,
/// both at 100 % precision with no invented number and every other half
/// unchanged; they became halves read while tuning at those floors (0.79
/// and 0.65). Then the patient let go only "with someone accompanying
/// you" is the escort (`released_with_company.rs`), and a ban that points
/// back to a length said earlier in its own sentence ("not be alone for
/// 24 hours and may not drive during this time") takes it
/// (`span_within.rs`): ax 30/41 = 73.2 %, its floor 0.73. Then a ban said
/// in the passive ("the following medicines should be avoided for 7 days",
/// `cues.rs`), with the members after a class and a dash on a list line
/// ("Blood thinners - Warfarin, Clopidogrel") no rule each
/// (`class_dash_members.rs`): aw 74/89 = 83.1 %, past 80 %, its floor
/// removed; h 97/113 = 85.8 %. Then "their appointment" is the
/// patient's visit as "your appointment" is (`moments.rs`), and the usual
/// medicines that "should be given" are kept (`cues.rs`): aw 75/89 =
/// 84.3 %. Then time set aside before the procedure for forms or
/// registration is arriving early (`time_before_for_forms.rs`): aw 76/89
/// = 85.4 %. Then a thing suggested ("perhaps bring something to read")
/// is brought (`tables.rs`): ax 31/41 = 75.6 %, its floor 0.75.
///
/// Branch `tune-ayz` read halves ay and az, held out until then (ay
/// 123/157 = 78.3 %, 90/100 = 90.0 %, 0 invented; az 66/106 = 62.3 %,
/// 58/66 = 87.9 %, 0), beside branch `tune-bab`. Their wrong proposals
/// went first, each by the family of words that should have left the
/// reader silent or asking, one file each: the clinic told of medicines
/// in general (`told_in_general.rs`), a medicine urged to be taken read as
/// a stop (`taken_not_stopped.rs`), a prescriber's clause read as a name
/// (`prescriber_in_name.rs`), a task timed by a range, asked
/// (`task_range.rs`), "complete" describing a fast (`complete_state.rs`),
/// the examples after a thing to bring (`bring_examples.rs`), a class's
/// members after a colon in its bracket (`class_colon_members.rs`); the
/// patient's own leaving or return (`patient_leaves.rs`), guidance on
/// medicines still to come (`medicines_as_told.rs`), "along as well" and
/// "something" in a thing to bring (`list_items.rs`). One expectation was
/// corrected ("Medication may be taken with a small sip of water" is
/// keep_taking_usual, as earlier halves read it). That left ay 126/158 =
/// 79.7 % and az 69/106 = 65.1 %, both at 100 % precision with no
/// invented number and every other half unchanged (as 83/83, one right
/// proposal more); they became halves read while tuning at those floors
/// (0.79 and 0.65). Then an adult or companion along, said of the patient
/// in the third person or by when they are there ("the patient comes with
/// an adult", "can only be done with an adult companion present", "let go
/// home ... in the company of an adult", "someone to bring you ... and
/// pick you up", `come_with_someone.rs`): ay 127/158 = 80.4 %, past 80 %,
/// its floor removed; az 73/106 = 68.9 %, its floor 0.68. Then the visit
/// lost said surely ("will most likely be canceled") or as a noun ("may
/// result in the cancellation of", `tables.rs`): ay 128/158 = 81.0 %.
/// Then the escort present through the visit, said by its bounds ("from
/// the moment the patient arrives until the end", "for the whole stay"),
/// stays on site (`present_throughout.rs`): az 75/106 = 70.8 %. Then
/// keeping or stopping the medicines named left to a talk with a doctor
/// ("keeping on or briefly stopping X, Y and other medicines must be
/// assessed with the doctor"), a talk per medicine
/// (`keep_or_stop_assessed.rs`): az 78/106 = 73.6 %, its floor 0.73.
///
/// Branch `tune-bab` read halves ba and bb, held out until then (ba
/// 97/119 = 81.5 %, 93/107 = 86.9 %, 0 invented; bb 49/92 = 53.3 %, 45/51
/// = 88.2 %, 0), beside branch `tune-ayz`. Their wrong proposals went
/// first, each by the family of words that should have left the reader
/// silent, one file each: a task left to the patient's liking ("if you
/// like", `optional_offer.rs`), water to wash in (`washing_water.rs`),
/// drinks for the time back home (`drinks_at_home.rs`), a thing worn if
/// the team gives it (`worn_if_given.rs`), the age of a test result ("no
/// older than 3 days", `result_age.rs`), a medicine that only measures
/// another rule's length ("for as long as you are taking antibiotics",
/// `while_taking.rs`), the team's own anaesthetic (`clinic_drugs.rs`), a
/// liquid diet's drinks (`liquid_diet_list.rs`), the team told of every
/// medicine (`told_any_medicine.rs`), a treatment regimen's examples as
/// one line (`named_class_examples.rs`), one medicine rule said with two
/// nouns (`same_medicines_twice.rs`), a bare medicines line beside the
/// question its paragraph for some patients asks (`asked_beside.rs`);
/// and in files of the same families, "all other drinks" as drinks not
/// clear (`not_clear_after.rs`), the prescriber's everyday directions
/// (`medicines_as_told.rs`), "medicine by mouth" a narrowed class
/// (`class_qualified.rs`). One expectation was corrected (ba's
/// austinoralsurgery "if you need to take medicine ... use as little
/// water as you need" is `keep_taking_usual`, as five training halves
/// read the shape), so ba has 120 lines. That left ba 99/120 = 82.5 %,
/// 95/95, and bb 49/92 = 53.3 %, 43/43, both with no invented number and
/// every other half unchanged; they became halves read while tuning, bb
/// at the floor 0.53. Then the escort's duties as a list ("an adult must
/// come with the patient, be able to stay in the office during the
/// procedure, and drive ..."), the waiting a clause or two after the
/// person (`escort_waits_at_office.rs`): ba 101/120 = 84.2 %, ai 96/114
/// = 84.2 %. Then a companion advised ("it is recommended that someone
/// comes to collect you", "advisable to have someone with you when you
/// leave", "advisable for the patient to come with another person") is
/// the escort (`companion.rs`): bb 52/92 = 56.5 %, its floor 0.56. Then
/// the usual medicines kept as "your regular therapy" or "the medicines
/// you usually take must be taken all the same" (`usual_kept_going.rs`):
/// bb 54/92 = 58.7 %, its floor 0.58. Then footwear named after the
/// clothes past their own clause ("loose clothing whose sleeves push up,
/// with shoes that have a low heel") is a second thing to wear
/// (`footwear_after.rs`): ba 103/120 = 85.8 %, ai 97/114 = 85.1 %, au
/// 107/131 = 81.7 %.
///
/// Branch `tune-be` read half be (tests and scans), held out until then
/// (45/80 = 56.2 %, 36/50 = 72.0 %, 2 invented), beside branch `tune-bf`.
/// Its wrong proposals went first, each by the family of words that should
/// have left the reader silent, one file each: an amount ordered to drink
/// before a scan, no drinks cutoff (`drink_ordered.rs`); what the staff do
/// at the visit, the test itself (`clinic_procedure.rs`); an upper limit
/// on the fast ("not longer than", `fast_upper_limit.rs`, an invented
/// number); an "(NPO)" gloss that does not widen a food ban to drinks
/// (`bracket_gloss.rs`); a class the named medicines contain, in an aside
/// (`contains_class.rs`); an allowance up to a time read as a task
/// (`allowance_as_task.rs`); help offered "if you are not sure"
/// (`if_not_sure.rs`); water as what is taken with tablets
/// (`water_with_medicine.rs`); drinks but water left untimed
/// (`water_but_untimed.rs`). One expectation was corrected (a keep line
/// for medicines due taken with sips, as ah/ckkirurgkliniken). That left
/// be 46/81 = 56.8 %, 37/37, 0 invented, every other half unchanged; it
/// became a half read while tuning at the floor 0.56. Then its misses,
/// the commonest shape first: medicines in general allowed or not to be
/// stopped ("medications are fine", "you may take any medications you
/// need, except ...", "do not stop ... any medications") keep the usual
/// ones (`medicines_allowed.rs`), a sentence with a condition, a time or
/// an agreement left alone: be 50/81 = 61.7 %, its floor 0.61. Then a
/// timed ban on caffeine is a drinks line (`lexicon.rs`), not where
/// caffeine is a stimulant or rides on a food fast (`caffeine_only.rs`):
/// be 52/81 = 64.2 %; ak 106/134 = 79.1 %, its floor 0.79. Then the
/// upper limit on the fast is set aside before the fasts are weighed
/// against each other, so that it no longer makes the fast's own time
/// asked (`fast_upper_limit.rs`): be 53/81 = 65.4 %, its floor 0.65.
///
/// Branch `tune-bd` read half bd, held out until then (45/94 = 47.9 %,
/// 35/45 = 77.8 %, 1 invented), beside branch `tune-bc`. Its wrong
/// proposals went first, each by the family of words that should have
/// left the reader silent or asking, one file each: a bus or train ban
/// "alone" beside a taxi the sheet allows alone (`transit_beside_taxi.rs`),
/// a clause read as a medicine's name ("you may drink until",
/// `name_is_clause.rs`), the usual medicines taken "as you were told",
/// asked (`usual_as_told.rs`), a bare "the medicines" named by the clause
/// after it (`medicines_you_take.rs`), a breakfast's morning hour with no
/// other day said on the session day (`breakfast_day.rs`), drinks allowed
/// that are never clear (`allowed_not_clear.rs`); and in files of the
/// same families, the sedation the team gives (`clinic_drugs.rs`) and a
/// kind of medicines with a bracket of examples right after it, a line
/// each (`class_with_examples.rs`). That left bd 49/94 = 52.1 %, 39/39,
/// 0 invented, every other half unchanged (ah 72/72, two right
/// proposals more); it became a half read while tuning at the floor 0.52.
/// Then its misses, the commonest shapes first: a fast's evening hour said
/// "at night" or with the evening meal is the evening before, proposed
/// rather than asked (`night_clock.rs`): bd 50/94 = 53.2 %. Then a rest
/// after the session ("you rest for about 30 minutes", "after you have
/// rested for about 1 hour", "you are admitted to the day-treatment ward
/// for about 1 hour") is the stay (`lexicon.rs`): bd 53/94 = 56.4 %.
/// Then "neither ... nor" is a ban (`cues.rs`), and taking part in
/// traffic is driving (`lexicon.rs`): bd 56/94 = 59.6 %; ay 129/158 =
/// 81.6 %. Then a card or paper to remember ("remember your discount
/// card") or to hand in at the desk is brought (`tables.rs`): bd 59/94 =
/// 62.8 %. Then "can" or "may" that describe the person to bring ("bring
/// someone along who can accompany you") leave the escort asked for
/// (`who_can.rs`): bd 60/94 = 63.8 %. Then a bare direction ("driving
/// afterwards is not allowed for the rest of the day") no longer makes the
/// later span another clause's (`scope.rs`): bd 61/94 = 64.9 %, its floor
/// 0.64.
///
/// Branch `tune-bc` read half bc, held out until then (81/114 = 71.1 %,
/// 94/102 = 92.2 %, 3 invented), beside branch `tune-bd`. Two of its
/// invented numbers were the harness's: a time word closing a heading
/// ("After midnight: nothing to eat") kept its colon and was not counted
/// as said (`numbers_said`, with a test). Its wrong proposals went first,
/// each by its family, asked where a question could be put: a need left
/// open ("if needed", `need_left_open.rs`) and a rule for some unnamed
/// cases ("some procedures may", `some_unnamed.rs`), asked; medicines
/// brought for a dose due in the visit's hours (`doses_due_at_visit.rs`),
/// asked; a usual length with a plan set against it ("the average is ...,
/// but plan ...", `average_length.rs`), the stay asked; a list's padding
/// ("among others", `list_fillers.rs`), prose under a bring heading
/// (`statement_items.rs`) and drinks named by alcohol ("alcoholic drinks",
/// in `marks.rs`), no rule. That left bc 84/114 = 73.7 %, 94/94, 0
/// invented, every other half's recall unchanged (g five right proposal
/// lines fewer, 148/148, its expected lines still found); it became a
/// half read while tuning at the floor 0.73. Then common names known as
/// medicines (Advil, oestrogen, vitamins, multivitamins, minoxidil, in
/// `lexicon.rs`) and a stop told as doctors' custom ("most doctors will
/// tell you to stop, sometimes a week before"), no stop
/// (`general_practice.rs`): bc 89/114 = 78.1 %, its floor 0.78; ab
/// 124/140 = 88.6 %; ak 105/134 = 78.4 %, its floor 0.78. Then a
/// restart that points back ("they may be started again 2 days after")
/// given to the timed stops of the same paragraph just before
/// (`restart_pointed_back.rs`): bc 92/114 = 80.7 %, its floor removed.
/// Then a call that opens a list of red flags keeps it past a blank line
/// before the first line (`propose.rs`), and may say its urgency before
/// the condition ("call the office right away if you have:",
/// `urgent_call_lead.rs`), where a line naming only a kind of health
/// matter ("Illnesses") is no red flag (`flag_bare_class.rs`): bc 95/114
/// = 83.3 %; al 57/89 = 64.0 %, its floor 0.64; an 66/91 = 72.5 %, its
/// floor 0.72. Then one's own things taken "with you" or "along" are brought
/// (`tables.rs`), and a thing "your doctor told you to bring" is for
/// some patients, asked (`some_patients.rs`): bc 101/114 = 88.6 %; am
/// 95/108 = 88.0 %.
///
/// Branch `tune-bf` read half bf, held out until then (40/114 = 35.1 %,
/// 31/47 = 66.0 %, 2 invented), beside branch `tune-be`. Its wrong
/// proposals went first, each by its family, asked where a question
/// could be put: the list lines under a heading for one group of
/// bookings, tests or patients ("Morning checkups", "For those having the
/// stomach X-ray", `group_heading.rs`), a fast hedged or only moderated
/// ("by 9 p.m. if you can", "too much", `hedged_fast.rs`) and a rule for
/// the sedated on a sheet that tells the examination without sedation too
/// (`sedation_chosen.rs`), asked; a sample collected (no escort,
/// `sample_collected.rs`), a length counted from arrival (no stay,
/// `length_from_arrival.rs`), a dose on an earlier day (no
/// take-on-the-day, `taken_days_before.rs`), a name cut inside a bracket
/// (`name_cut_bracket.rs`), the bare "medicine" of patients treated for
/// named illnesses (`bare_for_illnesses.rs`), coming fasting and water
/// allowed during the fast (`fasting_state.rs`), the team's medicine named
/// by what it does (`clinic_drugs.rs`), no rule; a task range told far end
/// first, the usual medicines left to the doctor's instructions, asked
/// (`task_range.rs`, `medicines_as_told.rs`); medicines to bring named by
/// the clause before "bring them" (`medicines_you_take.rs`). That left bf
/// 43/114 = 37.7 %, 29/29, 0 invented, every other half unchanged; it
/// became a half read while tuning at the floor 0.37. Then clothes named
/// by what they are like ("easy clothing", "simple clothes") and clothes
/// the patient comes in are things to wear (`clothes_described.rs`,
/// `tables.rs`): bf 47/114 = 41.2 %. Then "be there" is an arrival
/// (`lexicon.rs`): bf 49/114 = 43.0 %, its floor 0.42.
///
/// Branch `tune-bh` read half bh, held out until then (54/101 = 53.5 %,
/// 34/43 = 79.1 %, 0 invented), beside branch `tune-bg`. Its wrong
/// proposals went first, each by its family: a range written with the
/// wave dash of Japanese and Korean sheets ("2~3 days") is a range,
/// asked (`tokens.rs`, `normalise.rs`); a fast from food alone ("gone
/// without food", `fasting_state.rs`) and a fast named in the clause of
/// its breaking ("if the fast of 10 hours has not been kept",
/// `restated_fast.rs`) give drinks no time; a plain fast on a sheet that
/// orders water drunk inside it ("drink 1 litre of water 1 hour before")
/// is a fast from food (`drink_ordered.rs`); drinks allowed up to bedtime
/// are no list of clear liquids (`allowed_not_clear.rs`); "if you took
/// medicine, tell us" names no medicine (`told_in_general.rs`); the
/// patient's own medicines timed ("if you do take medicine, do so by 2
/// hours before") are no task (`own_medicine_task.rs`). Then read: the
/// kinds listed after "medicines for" each a medicine ("medicines for
/// high blood pressure, heart disease and the thyroid", `shared_head.rs`);
/// a test that cannot be done as the broken fast, on a sheet with a fast
/// from food (`tables.rs`, `other_consequence.rs`); "7 in the evening"
/// and "around 9 p.m." as clock times (`moments.rs`); eating and drinking
/// barred "after that" taking the meal's time (`after_that.rs`); a
/// table's header naming two days giving none (`scope.rs`); a usual
/// medicine at an hour of the morning taken on the day (`take.rs`): bh
/// 64/101 = 63.4 %, 44/46 = 95.7 %, 0 invented; ba 104/120. Then a face
/// mask or glasses to "remember" are brought (`tables.rs`): bh 65/101.
/// Then medicines held "until after the tests" skip the morning dose
/// (`taken_after.rs`): bh 67/101 = 66.3 %, 47/49 = 95.9 %. Then fruit or
/// vegetables "with" what they hold ("fruit with many seeds") are a kind
/// of food, asked as "food with seeds" was (`food_kinds.rs`; at and bb
/// each one proposal fewer, their lines found by the question), and a
/// test made "impossible" is left out of the broken fast's words: bh
/// 67/101 = 66.3 %, 47/47 = 100 %, 0 invented, its floor 0.66.
///
/// Branch `tune-bg` read half bg, held out until then (48/114 = 42.1 %,
/// 39/55 = 70.9 %, 0 invented), beside branch `tune-bh`. Its wrong
/// proposals went first, each by its family. Then a "keep taking" that is
/// not every usual medicine is read as what it is (`usual_not_all.rs`): "do
/// not stop any medicine without first asking" beside a stop is a caution
/// on it, no line (alone it still keeps the medicines); "if you cannot
/// manage without your medicines, you may keep taking them" is a way out
/// of the stops, no line; "keep using your breathing medicines as usual"
/// keeps that kind, a take-on-the-day line for it; "you may take any
/// scheduled medication" is the usual kept; and "speak to your doctor
/// before stopping any prescribed medicine" names no medicine to ask
/// about. "You might bring" a magazine is an offer (`bring_words.rs`), and
/// a part under an "after" heading that counts hours or days "before the
/// scan" takes no direction from the heading, so "stop it for 24 hours"
/// there is asked, not a restart (`sentences.rs`): bg 49/114 = 43.0 %,
/// 40/46 = 87.0 %; ak 107/134 = 79.9 %. Then "stop these inhaled
/// medicines 24 hours before" over a list gives each listed inhaler the
/// stop, not the heading's class (`stop_over_list.rs`, hours too); a
/// fast where "only water is allowed" sets no drinks line nor a clear
/// list (`water_but_untimed.rs`); and "a list of your medicines, inhalers
/// and sprays included" names members of the list, no more things
/// (`list_items.rs`): bg 64/114 = 56.1 %, 55/55. Then the medicines breath
/// tests, stomach and thyroid scans and breathing tests stop are medicines
/// (probiotics, laxatives, antifungals, proton pump inhibitors,
/// theophylline, bronchodilators, the common inhalers by name,
/// `lexicon.rs`), and "FAST for 4 hours before your test" under a timeless
/// stop is no line of names (`stop_lines.rs`): bg 75/114 = 65.8 %. Then
/// "be off" a medicine is a stop (`cues.rs`), lengths up to thirteen
/// weeks are lengths (`values.rs`: thyroid medicines 6 weeks before), and
/// "scheduled medicines" are the usual ones (`lexicon.rs`): bg 77/114 =
/// 67.5 %. Then a line "4 Weeks before your test" starts with its number,
/// not a list's (`sentences.rs`), and "AT LEAST 1 Week before your test"
/// is a timeline heading (`timeline.rs`): bg 83/114 = 72.8 %, 79/79 =
/// 100 %, 0 invented, its floor 0.72.
const RECALL_FLOOR: &[(&str, f64)] = &[
    ("ak", 0.79),
    ("al", 0.64),
    ("an", 0.72),
    ("ap", 0.58),
    ("aq", 0.76),
    ("ar", 0.68),
    ("at", 0.57),
    ("av", 0.73),
    ("ax", 0.75),
    ("az", 0.73),
    ("bb", 0.58),
    ("bd", 0.64),
    ("be", 0.65),
    ("bf", 0.42),
    ("bg", 0.72),
    ("bh", 0.66),
];
/// The halves held out unless `STEADY_CORPUS_HELD_OUT` names others: half
/// q, gathered by someone else and measured once with the reader tuned on
/// a to n (63.6 %, 90.4 %, 0 invented; 64.3 %, 91.6 %, 0 after its judge
/// corrected one expectation), then with the reader tuned on a to p, whose
/// tuner never had q in its tree (65.1 %, 92.8 %, 0) (a held-out half not in the tree is
/// skipped with a note). Halves o and p, held out before (o measured with
/// the readers tuned on a to m and on a to n, p with the reader tuned on a
/// to n), are read while tuning since branch `tune-op`.
/// Half r, gathered by someone else after q, was held out beside it:
/// measured once with the reader tuned on a to p and the written bank's set
/// a (70.3 %, 82.9 %, 3 invented; 71.2 %, 84.2 %, 3 after its judge).
/// Halves s and t, held out before as follows, are read while tuning
/// since branch `tune-st`.
/// Half s, gathered by someone else after r, was held out beside them:
/// measured once with the same reader (69.5 %, 80.6 %, 1 invented; 70.5 %,
/// 82.8 %, 1 after its judge). Half t, gathered by someone else after s,
/// likewise: measured once with the reader tuned on the core rules too
/// (branch `tune-core`; 64.3 %, 80.0 %, 0 invented; 64.8 %, 82.7 %, 0
/// after its judge).
/// Half u, gathered by someone else after t, likewise: measured once with
/// the reader tuned on things to bring and wear too (branch `tune-bring`;
/// 63.3 %, 87.3 %, 2 invented). Half v, gathered by someone else after u,
/// likewise: measured once with the reader tuned on questions too (branch
/// `tune-ask`; 79.7 %, 88.9 %, 2 invented; 80.0 %, 91.1 %, 2 after its
/// judge added two expectations the reader had proposed).
/// Half w, gathered by someone else after v (day-case sedation and
/// anaesthesia in hospitals and day units), likewise: measured once with the
/// reader of stop 33 (75.9 %, 88.5 %, 0 invented; 76.6 %, 88.5 %, 0 after
/// its judge removed one expectation). Half x, gathered by
/// someone else at the same time (infusion clinics and office sedation,
/// no domain shared with w), likewise (78.0 %, 89.7 %, 0 invented; 80.0 %,
/// 91.2 %, 0 after its judge removed one expectation and reworded one).
/// Half y, gathered by someone else after them (day cases outside the US),
/// likewise (74.8 %, 88.0 %, 1 invented). Half z, gathered by someone else
/// at the same time (American pages only), likewise (74.4 %, 88.7 %, 1
/// invented; 75.5 %, 89.6 %, 1 after its judge removed one expectation and
/// reworded one; y's judge changed none). Half y is read while tuning
/// since branch `tune-y` (75.7 %, 89.3 %, 1 invented when that round
/// began).
/// Halves r, u and v are read while tuning since branch `tune-uv`, whose
/// tuner never had q or w to z in its tree. Halves w and x are read while
/// tuning since branch `tune-wx`, whose tuner never had q, y or z in its
/// tree (76.6 %, 87.5 % and 81.1 %, 91.3 %, 0 invented each, when that
/// round began).
/// Halves aa and ab, gathered by someone else at stop 35 after all of the
/// above, at the same time with no domain shared (aa: day cases in
/// hospitals and clinics, mostly cardiology, endoscopy and eye surgery;
/// ab: office sedation, oral surgery, periodontics, dental sedation, hair
/// transplants; no infusion page was left to take), each second-read, are
/// held out beside q and z: measured once with the reader of stop 34 (aa
/// 69.4 %, 90.1 %, 1 invented; ab 66.9 %, 93.5 %, 0; after their judges,
/// who each added one expectation the reader had proposed, aa 69.7 %,
/// 91.5 %, 1 and ab 67.1 %, 94.6 %, 0).
/// With the round on medicines to take on the day (branch `tune-take`,
/// whose tuner had none of q, z, aa, ab or the written set b in its
/// tree): q 85/129 = 65.9 %, 80/90 = 88.9 %, 0 invented (four more
/// proposals nobody expected); z 77.9 %, 93.4 %, 0; aa 69.7 %, 91.7 %, 1;
/// ab 67.8 %, 94.7 %, 0. A judge of that round's disagreements on
/// medicines (19 proposals nobody expected, all kept out; take lines
/// missed) removed three of ab's take lines, medicines given as examples
/// inside the one keep-taking sentence, which earlier halves write as
/// keep_taking_usual alone: ab 97/140 = 69.3 %, 94.7 %, 0.
/// Halves ac and ad, gathered by someone else after that round at the same
/// time with no domain shared (ac: day cases and clinics outside the US;
/// ad: American outpatient pages), each second-read, are held out too:
/// measured once with the reader of the take round (ac 57/80 = 71.2 %,
/// 54/63 = 85.7 %, 2 invented; ad 109/173 = 63.0 %, 79/88 = 89.8 %, 0;
/// after their judges, who each added expectations the reader had
/// proposed and ad's of which turned a pre-medication's question into its
/// usual time, ac 58/81 = 71.6 %, 87.3 %, 2 and ad 111/174 = 63.8 %,
/// 92.0 %, 0).
/// Halves aa and ab are read while tuning since branch `tune-ab`, whose
/// tuner had none of q, z, ac, ad or the written set b in its tree (aa
/// 85/122 = 69.7 %, 66/72 = 91.7 %, 1 invented; ab 97/140 = 69.3 %, 89/94
/// = 94.7 %, 0 when that round began); q, z, ac and ad stay held out.
/// Measured after that round: q 65.9 %, 88.9 %, 0 and z 77.9 %, 93.4 %, 0
/// (unchanged); ac 58/81 = 71.6 %, 55/62 = 88.7 %, 2 (one wrong proposal
/// fewer); ad 63.8 %, 92.0 %, 0 (unchanged).
/// Half ae, gathered by someone else after that round (hospital and
/// day-case pages, ten of the fifteen paraphrased in English from German,
/// French, Dutch and Italian; second-read against the originals), is held
/// out too: measured once with the reader of that round, 58/94 = 61.7 %,
/// 41/53 = 77.4 %, 2 invented; after its judge, who added one line the
/// reader had proposed (home medicines the clinic will discuss), 59/95 =
/// 62.1 %, 42/53 = 79.2 %, 2. Half af, gathered at the same time with no
/// domain shared (office sedation: dental, cosmetic, podiatry, dermatology;
/// twelve of the fifteen paraphrased in English from German, Japanese,
/// French, Polish and Dutch), is held out too: measured once with the same
/// reader, 66/98 = 67.3 %, 53/61 = 86.9 %, 0 invented (its judge changed
/// no expectation).
/// Halves ac and ad are read while tuning since branch `tune-cd`, whose
/// tuner had neither q, z nor the written set b in its tree (ac 58/81 =
/// 71.6 %, 55/62 = 88.7 %, 2 invented; ad 111/174 = 63.8 %, 81/88 =
/// 92.0 %, 0 when that round began); q, z, ae and af stay held out.
/// Measured after that round (its tuner never had q, z, ae, af or the
/// written set b in its tree): q 86/129 = 66.7 %, 82/92 = 89.1 %, 0 (one
/// line up, two wrong proposals fewer); z unchanged; ae 58/95 = 61.1 %,
/// 79.2 %, 2 (one line down); af unchanged; written b 283/342 = 82.7 %,
/// 253/266 = 95.1 %, 1.
/// Measured after the round on things to bring, visit tasks, the escort's
/// presence and the stay (branch `tune-visit`, whose tuner never had q, z,
/// ae, af or the written set b in its tree), merged after that one: q
/// unchanged; z 128/163 = 78.5 %, 100/107 = 93.5 %, 0 (one line up); ae
/// 58/95 = 61.1 %, 41/52 = 78.8 %, 2 (one right proposal fewer); af 67/98
/// = 68.4 %, 54/62 = 87.1 %, 0 (one line up); written b 284/342 = 83.0 %,
/// 253/266 = 95.1 %, 1.
/// Half ah, gathered by someone else after those two rounds (endoscopy,
/// dental and hospital sedation pages in eleven languages, each
/// paraphrased in English; second-read against the originals), is held
/// out too: measured once with the reader of those rounds, 71/115 = 61.7 %,
/// 48/58 = 82.8 %, 4 invented; after its judge, who wrote one thing to
/// bring in the sheet's words and read unnamed morning medicines as the
/// usual ones kept, 71/115 = 61.7 %, 49/58 = 84.5 %, 4.
/// Half ag, gathered at the same time with no domain shared (English
/// pages: office ENT, surgery centres, imaging sedation, oral surgery; US,
/// Canada, Australia), is held out too: measured once with the same
/// reader, 83/120 = 69.2 %, 72/83 = 86.7 %, 0 invented (its judge changed
/// no expectation).
/// Measured after the round on red flags and medicines asked about
/// (branch `tune-flags`, whose tuner never had q, z, ae to ah or the
/// written set b in its tree), merged last: q unchanged; z 129/163 =
/// 79.1 %, 101/107 = 94.4 %, 0 (one line up); ae unchanged; af 68/98 =
/// 69.4 %, 55/63 = 87.3 %, 0 (one line up); ag and ah (measured first
/// with the two rounds before it) unchanged; written b unchanged.
/// Measured after the short round on e, t and ab (branch `tune-rest`,
/// whose tuner never had q, z, ae to ah or the written set b in its
/// tree), merged last: q 87/129 = 67.4 %, 83/93 = 89.2 %, 0 (one line up);
/// z, ae, af, ag and ah unchanged; written b 286/342 = 83.6 %, 257/270 =
/// 95.2 %, 1.
/// Half ai, gathered by someone else after that round (English pages:
/// oral surgery and periodontal sedation, children's ENT and dental
/// anaesthesia, day surgery, an eye surgery centre, imaging sedation;
/// Canada, Colombia, Australia, US), measured once with the reader of
/// stop 37 before any round of it: 76/111 = 68.5 %, 69/80 = 86.2 %, 1
/// invented; after its judge (three lines added, each a proposal the
/// reader had made: two things a lens wearer brings, aspirin to discuss)
/// 79/114 = 69.3 %, 72/80 = 90.0 %, 1.
/// Half aj, gathered at the same time with no domain shared (endoscopy,
/// anaesthesia fasting, dental and gynaecology pages in Czech, Chinese,
/// Japanese, Catalan, German and Dutch, all paraphrased in English),
/// measured once with the same reader: 48/74 = 64.9 %, 36/45 = 80.0 %, 5
/// invented (its judge changed no expectation).
/// Half ak, gathered by someone else after those two (English pages from
/// the US Virgin Islands, Barbados, Canada, Jordan, Thailand, Poland,
/// India, Australia and the US: colonoscopy preparations, dental and
/// children's sedation, day surgery, cardioversion, veins, cosmetic
/// surgery), measured once with the same reader: 90/129 = 69.8 %, 65/76 =
/// 85.5 %, 1 invented; after its judge (five medicines to discuss, three
/// of them proposed by the reader, and "an hour or so" read as an hour, as
/// proposed) 93/134 = 69.4 %, 68/76 = 89.5 %, 1.
/// Half al, gathered at the same time with no domain shared (dental,
/// endoscopy and hospital sedation pages in Norwegian, Danish, Czech,
/// Italian and German, all paraphrased in English), measured once with
/// the same reader: 44/88 = 50.0 %, 36/45 = 80.0 %, 3 invented; after its
/// judge (one line added, keep the usual medicines, which the reader had
/// not proposed) 44/89 = 49.4 %, the rest the same.
/// Halves ae and ah are read while tuning since branch `tune-eh`, whose
/// tuner never had q, z, af, ag, ai to al or the written set b in its
/// tree (ae 58/95 = 61.1 %, 41/52 = 78.8 %, 2 invented; ah 71/115 =
/// 61.7 %, 49/58 = 84.5 %, 4 when that round began). Measured after it
/// and the round on tasks and bringing (branch `tune-task`, whose tuner
/// had none of the held-out halves either), merged together: q 88/129 =
/// 68.2 %, 83/94 = 88.3 %, 0 (one line and one wrong proposal up); z
/// 131/163 = 80.4 %, 101/107 = 94.4 %, 0 (two lines up: past 80 %, one
/// wrong proposal short of 95 %); af 69/98 = 70.4 %, 56/64 = 87.5 %, 0; ag
/// 85/120 = 70.8 %, 72/83 = 86.7 %, 0; ai 79/114 = 69.3 %, 71/79 = 89.9 %,
/// 1; aj 49/74 = 66.2 %, 37/44 = 84.1 %, 3; ak unchanged; al 46/89 =
/// 51.7 %, 37/44 = 84.1 %, 1; written b 287/342 = 83.9 %, 257/270 = 95.2
/// %, 1.
/// Half am, gathered by someone else after those two rounds (English
/// pages from India, Malaysia, South Korea, Canada, the UK and the US: day
/// surgery, ENT, endoscopy, pain clinics, dental, hair and cosmetic
/// surgery), measured once with the reader they left: 85/107 = 79.4 %,
/// 66/78 = 84.6 %, 1 invented; after its judge (what counts as clear, as
/// proposed; a thing to wear and two medicine names in the sheet's own
/// words) 87/108 = 80.6 %, 68/78 = 87.2 %, 1.
/// Half an, gathered at the same time with no domain shared (endoscopy,
/// children's scans under anaesthesia, fasting leaflets and dental
/// sedation in Polish, Danish, Norwegian, Swedish, German, Italian,
/// Russian, Hebrew and Japanese, all paraphrased in English), measured
/// once with the same reader: 50/93 = 53.8 %, 36/48 = 75.0 %, 2 invented;
/// after its judge (two diabetes lines that named no medicine removed)
/// 50/91 = 54.9 %, the rest the same.
/// Halves ai and aj are read while tuning since branch `tune-ij`, whose
/// tuner never had q, z, af, ag, ak to an or the written set b in its
/// tree. Measured after it: an 50/91, 36/47 = 76.6 %, 2 (one wrong
/// proposal fewer); q, z, af, ag, ak, al, am and written b unchanged.
/// Halves ak and al are read while tuning since branch `tune-kl`, whose
/// tuner never had q, z, af, ag, am to ap or the written set b in its
/// tree.
/// Half ao, gathered by someone else after that round (English pages from
/// Canada, Ireland and the US: abortion clinics under sedation, an oral
/// surgeon, cataract, veins, an anaesthesia group's fasting guide, surgery
/// centres), measured once with the reader of this stop's end: 96/120 =
/// 80.0 %, 78/94 = 83.0 %, 1 invented; after its judge (medicines brought
/// as "medications" as proposed, a 6-hour bar on medicines added) 98/121
/// = 81.0 %, 80/94 = 85.1 %, 1.
/// Half ap, gathered at the same time with no domain shared (endoscopy,
/// fasting, dental and surgery pages in Japanese, Czech, Portuguese,
/// Spanish, German, Danish, Swedish and Italian, all paraphrased in
/// English), measured once with the same reader: 45/78 = 57.7 %, 37/42 =
/// 88.1 %, 1 invented; after its judge (medicines to ask about, as
/// proposed) 46/79 = 58.2 %, 38/42 = 90.5 %, 1.
/// Halves am and an are read while tuning since branch `tune-mn`, whose
/// tuner never had q, z, af, ag, ak, al, ao, ap or the written set b in
/// its tree; halves ak and al since branch `tune-kl`, whose tuner never
/// had q, z, af, ag, am to ap or the written set b (aq to at were
/// gathered while they worked, elsewhere, and neither saw them). Halves
/// as and at are read while tuning since branch `tune-ast`, whose tuner
/// never had q, z, af, ag, ao to ar or the written set b in its tree;
/// aq and ar since branch `tune-aqr`, whose tuner never had q, z, af, ag,
/// ao, ap, as, at or the written set b in its tree (au and av were
/// gathered while the two worked, elsewhere); ao and ap since branch
/// `tune-aop`, whose tuner never had q, z, af, ag, au, av or the written
/// set b (aw and ax were gathered while it worked, elsewhere). Halves ay
/// and az were gathered while the rounds on au, av, aw and ax worked,
/// elsewhere; az (13 endoscopy, bronchoscopy, eye surgery and children's
/// fasting pages in Brazilian Portuguese and Spanish, paraphrased in
/// English; 106 lines after its second reader), measured once with the
/// reader of stop 39's start: 66/106 = 62.3 %, 58/66 = 87.9 %, 0 invented;
/// ay (15 English pages: oral surgery, periodontal and dental sedation
/// practices, a surgery centre, a foot surgeon, eyelid and hand surgery, a
/// lithotripsy centre; 156 lines after its second reader), measured once
/// with the same reader: 120/156 = 76.9 %, 87/98 = 88.8 %, 0 invented;
/// after its judge (other eye wear brought by lens wearers added) 121/157
/// = 77.1 %, 88/98 = 89.8 %, 0. az's judge changed nothing. Half ba (14
/// English pages: oral surgery and dental sedation practices, a podiatry
/// practice, a hospital; 117 lines after its second reader), gathered
/// likewise, measured once with the same reader: 95/117 = 81.2 %, 91/107 =
/// 85.0 %, 0 invented; after its judge (two red flags to call about,
/// one subject in the sheet's words) 97/119 = 81.5 %, 93/107 = 86.9 %, 0.
/// Half bb (12 endoscopy, bronchoscopy, cardioversion, hysteroscopy,
/// cataract and biopsy pages in Polish, Serbian, German, Czech, Spanish,
/// French, Italian and Turkish, paraphrased in English; 94 lines after its
/// second reader), gathered likewise, measured once with the same reader:
/// 47/94 = 50.0 %, 43/50 = 86.0 %, 0 invented; after its judge (three
/// kinds in brackets one usual-medicines line, one subject bare) 48/92 =
/// 52.2 %, 44/50 = 88.0 %, 0. Halves au and av are read while tuning
/// since branch `tune-auv`, whose tuner never had q, z, af, ag, aw, ax or
/// the written set b in its tree; aw and ax since branch `tune-awx`, whose
/// tuner never had q, z, af, ag, au, av or the written set b (the two side
/// by side; ay to bb were gathered while they worked, elsewhere, and
/// neither saw them). With both rounds, held out: q 89/129 = 69.0 %,
/// 84/96 = 87.5 %, 0; z unchanged (80.4 %, 96.2 %, 0: the three targets
/// met); af, ag, az and ba unchanged; ay 123/157 = 78.3 %, 90/100 =
/// 90.0 %, 0; bb 49/92 = 53.3 %, 45/51 = 88.2 %, 0; written set b 287/342
/// = 83.9 %, 256/270 = 94.8 %, 2 invented (one wrong proposal and one
/// number more, from `fast_includes_drinks.rs`: found by measuring the
/// set's figures at each of the round's commits, never its lines; a guard
/// for sentences that tell two times, written on merging, did not move
/// it). Half bc (13 English pages: Mohs skin surgery, LEEP, breast and
/// prostate biopsies, lithotripsy, cosmetic surgery, a hair transplant, a
/// foot surgeon, an oral surgeon's IV sedation; 113 lines after its
/// second reader), gathered while the two rounds worked, elsewhere,
/// measured once with the reader after both: 80/113 = 70.8 %, 93/102 =
/// 91.2 %, 3 invented; after its judge (what the page counts as clear
/// liquids added) 81/114 = 71.1 %, 94/102 = 92.2 %, 3. Half bd (13
/// gastroscopy and colonoscopy pages in Japanese, Dutch, German and
/// Icelandic, paraphrased in English; 93 lines after its second reader),
/// gathered likewise, measured once with the same reader: 45/93 = 48.4 %,
/// 35/46 = 76.1 %, 1 invented; after its judge (medicines to talk over
/// with the doctor added) 46/94 = 48.9 %, 36/46 = 78.3 %, 1. Halves ay
/// and az are read while tuning since branch `tune-ayz`, whose tuner never
/// had q, z, af, ag, ba to bd or the written set b in its tree; ba and bb
/// since branch `tune-bab`, whose tuner never had q, z, af, ag, ay, az,
/// bc, bd or the written set b (the two side by side). With both rounds,
/// held out: q 90/129 = 69.8 %, 84/95 = 88.4 %, 0; z unchanged (80.4 %,
/// 96.2 %, 0: the three targets met); af 72/98 = 73.5 %, 59/65 = 90.8 %,
/// 0; ag and bc unchanged; bd 45/94 = 47.9 %, 35/45 = 77.8 %, 1 (one right
/// proposal fewer); written set b unchanged. Half be (14 English pages of
/// a kind no half had: preparations for tests and scans, from cardiac
/// stress tests, PET/CT, ultrasound and a HIDA scan to glucose tolerance
/// and allergy skin tests; 80 lines after its second reader), gathered
/// while the next rounds worked, measured once with the reader at that
/// stop's start: 45/80 = 56.2 %, 36/50 = 72.0 %, 2 invented (its judge
/// changed nothing). Half bf (14 pages in Japanese, Dutch, Korean,
/// German, French, Spanish and Portuguese, paraphrased in English: seven
/// health checkups, three test preparations, two bronchoscopies, two
/// colonoscopies; 115 lines after its second reader), gathered likewise,
/// measured once with the same reader: 38/115 = 33.0 %, 27/43 = 62.8 %, 1
/// invented; after its judge (a bring line the page only allows removed,
/// a medicine's subject cut to its noun) 39/114 = 34.2 %, 28/43 = 65.1 %
/// and 1 invented. Half bc is read while tuning since branch `tune-bc`,
/// whose tuner never had q, z, af, ag, bd, be, bf or the written set b in
/// its tree (bd's round beside it). With that round, held out: q 89/129
/// = 69.0 %, 82/92 = 89.1 %, 0 (one right line fewer, seven wrong
/// proposals fewer); z unchanged; af 72/98 = 73.5 %, 59/59 = 100 %, 0;
/// ag 86/120 = 71.7 %, 72/81 = 88.9 %, 0; bd, be and bf unchanged;
/// written set b 287/342 = 83.9 %, 256/268 = 95.5 %, 2. Half bd is read
/// while tuning since branch `tune-bd`, whose tuner never had q, z, af,
/// ag, bc, be, bf or the written set b in its tree. With both rounds,
/// held out: af 74/98 = 75.5 %, 60/60 = 100 %, 0; bf 40/114 = 35.1 %,
/// 31/47 = 66.0 %, 2 (one invented number more, from the bd round; not
/// traced, so that bf stays unread); q, z, ag, be and written set b as
/// after the bc round. Half bg (15 English test preparations: gastric
/// emptying studies, hydrogen breath tests, lung function tests, thyroid
/// uptake scans; 114 lines after its second reader) and half bh (13 pages
/// in Japanese, Korean, Italian, Spanish, French, Norwegian and
/// Portuguese, paraphrased in English: health checkups, abdominal
/// ultrasound, colonoscopy; 101 lines), gathered while the rounds on be
/// and bf worked, elsewhere, each measured once with the reader after the
/// rounds on bc and bd (and with patterns reading `\w` as a Latin word
/// character, which changed no reading): bg 48/114 = 42.1 %, 39/55 =
/// 70.9 %, 0 invented; bh 54/101 = 53.5 %, 34/44 = 77.3 %, 1 (their
/// judges changed nothing). Half bf is read while tuning since branch
/// `tune-bf`, whose tuner never had q, z, af, ag, be, bg, bh or the
/// written set b in its tree (be's round beside it). Half be is read while
/// tuning since branch `tune-be`, whose tuner never had q, z, af, ag, bf,
/// bg, bh or the written set b in its tree. With both rounds, held out:
/// q 89/129 = 69.0 %, 82/91 = 90.1 %, 0; z unchanged (80.4 %, 96.2 %, 0:
/// the three targets met); af 73/98 = 74.5 %, 59/59 = 100 %, 0; ag
/// unchanged; bg unchanged (42.1 %, 70.9 %, 0); bh 54/101 = 53.5 %, 34/43
/// = 79.1 %, 0 (its invented number gone with the be round); written set
/// b unchanged (83.9 %, 95.5 %, 2). No held-out half draws an invented
/// number now. Half bj (15 pages in French, Italian, Russian, German,
/// Croatian, Norwegian, Spanish, Japanese, Finnish and Czech, paraphrased
/// in English: twelve bronchoscopies, an esketamine service, dental
/// sedation, a gastroscopy; 108 lines after its second reader), gathered
/// while the rounds on bg and bh worked, elsewhere, measured once with
/// the reader after the rounds on be and bf, before those on bg and bh:
/// 57/108 = 52.8 %, 49/53 = 92.5 %, 1 invented. Half bi (15 English
/// pages back on the reader's home ground: two ketamine services, three
/// stellate ganglion blocks, ten pain-clinic and office IV-sedation pages
/// from Australia, New Zealand, Ireland and the UK; 114 lines after its
/// second reader), gathered beside bj, measured once with the same
/// reader: 97/114 = 85.1 %, 80/93 = 86.0 %, 3 invented; after its judge
/// (two proposals right, two expectations mended) 100/116 = 86.2 %, 82/93
/// = 88.2 %, 3 (bj's judge changed nothing). Halves bg and bh are read
/// while tuning since branches `tune-bg` and `tune-bh`, side by side,
/// whose tuners never had q, z, af, ag, bi, bj, the other's half or the
/// written set b in their trees. With both rounds, held out: q 90/129 =
/// 69.8 %, 86/94 = 91.5 %, 0; z 131/163 = 80.4 %, 104/108 = 96.3 %, 0
/// (the three targets met); af unchanged (74.5 %, 100 %, 0); ag 88/120 =
/// 73.3 %, 74/85 = 87.1 %, 0; bi and bj unchanged (86.2 %, 88.2 %, 3;
/// 52.8 %, 92.5 %, 1); written set b unchanged.
const DEFAULT_HELD_OUT: &str = "q,z,af,ag,bi,bj";

/// The written bank's sets held out unless `STEADY_WRITTEN_HELD_OUT` names
/// others: set b, to see whether what was built on set a carries to
/// wordings nobody tuning has read. Set a is read while tuning since
/// branch `tune-bank` (held out before: 65.7 % recall, 97.7 % precision,
/// 3 invented; b then 76.6 %, 94.3 %, 2).
const WRITTEN_HELD_OUT: &str = "b";
/// Written sets read while tuning whose recall has not reached
/// [`MIN_RECALL`] yet, with the floor each has reached. Set a: the round on
/// branch `tune-bank` left it at 274/353 = 77.6 % recall, 100 % precision,
/// no invented number and nothing unexpected (b, held out, 80.1 %, 95.3 %,
/// 1 invented). The round on things to bring and wear (branch
/// `tune-bring`) raised it to 284/353 = 80.5 %, so it is held to the
/// target and needs no floor.
const WRITTEN_FLOOR: &[(&str, f64)] = &[];

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/core/fixtures/corpus")
}

/// A rule's value, canonical: lengths in minutes, so "1 hour" is "60
/// minutes"; words lower-cased.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Value {
    None,
    Before(u32),
    After(u32),
    Length(u32),
    Range(u32, u32),
    Clock(u32, String),
    Number(u32),
    Words(String),
}

/// One line of the vocabulary.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Line {
    key: String,
    /// Free text: a medicine's name, a thing to bring, a red flag's
    /// situation, a task.
    subject: String,
    value: Value,
    question: bool,
    bang: bool,
    text: String,
}

fn unit_minutes(unit: &str) -> Option<u32> {
    match unit.trim_end_matches('s') {
        "minute" | "min" => Some(1),
        "hour" | "hr" | "h" => Some(60),
        "day" => Some(1440),
        "week" => Some(10080),
        _ => None,
    }
}

/// "6 hours", "30 minutes", "1 hour", "1.5 hours" (the bank's and half
/// k's way of writing "an hour and a half"): minutes.
fn length(words: &[&str]) -> Option<u32> {
    match words {
        [n, unit] => minutes_of(n, unit),
        _ => None,
    }
}

/// A figure in a unit as whole minutes; none for a part of a minute.
fn minutes_of(figure: &str, unit: &str) -> Option<u32> {
    let minutes = figure.parse::<f64>().ok()? * f64::from(unit_minutes(unit)?);
    (minutes >= 0.0 && minutes.fract() == 0.0).then_some(minutes as u32)
}

fn parse_value(key: &str, text: &str) -> Value {
    // "none for 3 days before (major surgery only)": a note in brackets
    // after a value is the note of a `!` line, not part of the value (the
    // vocabulary's values have no brackets).
    let text = text.trim();
    let text = match text.strip_suffix(')').and_then(|t| t.rfind(" (").map(|i| &text[..i])) {
        Some(value) if !value.contains('(') => value,
        _ => text,
    };
    let text = text.trim().to_lowercase();
    // "take on the day with a small sip of water", "take on the day by
    // 06:00": the value is "take on the day"; the rest is how, which the
    // vocabulary does not record (the README's take line).
    if key == "medicine" && text.starts_with("take on the day") {
        return Value::Words("take on the day".into());
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() {
        return Value::None;
    }
    // "at 00:00 on the session day", "at 18:00 the day before".
    if words[0] == "at" && words.len() >= 2 {
        let days = if text.contains("day before") {
            1
        } else if text.contains("session day") || text.contains("on the day") {
            0
        } else {
            words
                .iter()
                .position(|w| w.starts_with("day"))
                .and_then(|p| p.checked_sub(1))
                .and_then(|p| words[p].parse().ok())
                .unwrap_or(0)
        };
        return Value::Clock(days, words[1].to_string());
    }
    let rest: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| !["none", "for", "restart"].contains(w))
        .collect();
    if let Some(last) = rest.last() {
        if *last == "before" || *last == "after" {
            if let Some(m) = length(&rest[..rest.len() - 1]) {
                return if *last == "before" {
                    Value::Before(m)
                } else {
                    Value::After(m)
                };
            }
        }
    }
    if let Some(m) = length(&rest) {
        return Value::Length(m);
    }
    if let [a, "to", b, unit] = rest.as_slice() {
        if let (Some(a), Some(b)) = (minutes_of(a, unit), minutes_of(b, unit)) {
            return Value::Range(a, b);
        }
    }
    if key == "escort_min_age" {
        if let Ok(n) = text.parse() {
            return Value::Number(n);
        }
    }
    Value::Words(text.replace("primary care", "primary_care"))
}

/// A line of a `.rules` file, or none for a comment or a blank.
fn parse_line(raw: &str) -> Option<Line> {
    let text = match raw.find('#') {
        Some(i) => &raw[..i],
        None => raw,
    }
    .trim();
    if text.is_empty() {
        return None;
    }
    let (bang, text) = match text.strip_prefix('!') {
        Some(rest) => (true, rest.trim()),
        None => (false, text),
    };
    let (question, text) = match text.strip_prefix("question ") {
        Some(rest) => (true, rest.trim()),
        None => (false, text),
    };
    let head_end = text.find([' ', ':']).unwrap_or(text.len());
    let key = text[..head_end].to_string();
    let rest = text[head_end..].trim_start_matches(':').trim();
    let (subject, value) = if question {
        (String::new(), Value::None)
    } else if key == "red_flag" {
        let (s, v) = rest.split_once("->").unwrap_or((rest, ""));
        (s.trim().to_string(), parse_value(&key, v))
    } else if key == "bring" {
        (rest.to_string(), Value::None)
    } else if key == "medicine" || key == "visit_task" {
        let (s, v) = rest.rsplit_once(':').unwrap_or((rest, ""));
        (s.trim().to_string(), parse_value(&key, v))
    } else {
        (String::new(), parse_value(&key, rest))
    };
    Some(Line {
        key,
        subject,
        value,
        question,
        bang,
        text: raw.trim().to_string(),
    })
}

fn cutoff_value(cutoff: &Cutoff) -> Option<Value> {
    Some(match cutoff {
        Cutoff::None => return None,
        Cutoff::HoursBefore { hours } => Value::Before(hours * 60),
        Cutoff::MinutesBefore { minutes } => Value::Before(*minutes),
        Cutoff::Clock { days_before, time } => Value::Clock(*days_before, time.to_string()),
    })
}

fn line(key: &str, subject: &str, value: Value) -> Line {
    Line {
        key: key.into(),
        subject: subject.into(),
        value,
        question: false,
        bang: false,
        text: String::new(),
    }
}

fn words(w: &str) -> Value {
    Value::Words(w.into())
}

/// A proposal in the vocabulary's lines.
fn lines_of(p: &Proposed) -> Vec<Line> {
    let one = |key: &str, value: Value| vec![line(key, "", value)];
    match p {
        Proposed::SolidFood { cutoff } => cutoff_value(cutoff).map_or(vec![], |v| one("solid_food", v)),
        Proposed::ClearLiquids { cutoff } => cutoff_value(cutoff).map_or(vec![], |v| one("clear_liquids", v)),
        Proposed::ClearLiquidsAre { .. } => one("clear_liquids_are", Value::None),
        Proposed::IfFastBroken { .. } => one("if_fast_broken", Value::None),
        Proposed::KeepTakingUsual => one("keep_taking_usual", Value::None),
        Proposed::Medicine { rule } => {
            let mut out = Vec::new();
            let before = match &rule.before {
                MedicineBefore::None => None,
                MedicineBefore::SkipMorningOf => Some(words("skip morning of")),
                MedicineBefore::NightBefore => Some(words("last dose the night before")),
                MedicineBefore::HoursBefore { hours } => Some(Value::Before(hours * 60)),
                MedicineBefore::FewerOnTheDay => Some(words("fewer on the day")),
                MedicineBefore::TakeOnTheDay => Some(words("take on the day")),
                MedicineBefore::AskPrescriber { .. } => Some(words("ask prescriber")),
            };
            if let Some(v) = before {
                out.push(line("medicine", &rule.name, v));
            }
            if let Some(h) = rule.restart_hours_after {
                out.push(line("medicine", &rule.name, Value::After(h * 60)));
            }
            out
        }
        Proposed::ArriveEarly { minutes } => one("arrive_early", Value::Length(*minutes)),
        Proposed::InfusionMinutes { minutes } => one("infusion", Value::Length(*minutes)),
        Proposed::Observation {
            min_minutes,
            max_minutes,
        } => one("observation", Value::Range(*min_minutes, *max_minutes)),
        Proposed::Bring { items } => items.iter().map(|i| line("bring", i, Value::None)).collect(),
        Proposed::EscortRequired => one("escort_required", Value::None),
        Proposed::EscortMinAge { age } => one("escort_min_age", Value::Number(*age)),
        Proposed::EscortPresence { presence } => one(
            "escort_presence",
            words(match presence {
                EscortPresence::StaysOnSite => "stays on site",
                EscortPresence::ComesToDoor => "comes to the door",
                EscortPresence::MayLeaveAndReturn => "may leave and return",
                EscortPresence::Unspecified => "unspecified",
            }),
        ),
        Proposed::Rideshare { rideshare } => one(
            "rideshare",
            words(match rideshare {
                Rideshare::NotAllowed => "not allowed",
                Rideshare::OnlyWithEscort => "only with escort",
                Rideshare::Allowed => "allowed",
                Rideshare::Unspecified => "unspecified",
            }),
        ),
        Proposed::NoDriving { rule } => one(
            "no_driving",
            match rule {
                NoDriving::Hours { hours } => Value::Length(hours * 60),
                NoDriving::RestOfDay => words("rest of day"),
                NoDriving::NextMorning => words("next morning"),
            },
        ),
        Proposed::NoDecisions { until } => one(
            "no_decisions",
            match until {
                Some(Until::Hours { hours }) => Value::Length(hours * 60),
                Some(Until::NextMorning) => words("next morning"),
                None => words("until effects wear off"),
            },
        ),
        Proposed::NoAlcohol { hours } => one("no_alcohol", Value::Length(hours * 60)),
        Proposed::NoSedatives { hours } => one("no_sedatives", Value::Length(hours * 60)),
        Proposed::SomeoneStays { hours } => one("someone_stays", Value::Length(hours * 60)),
        Proposed::NoDependents => one("no_dependents", Value::None),
        Proposed::RedFlag { rule } => vec![line(
            "red_flag",
            &rule.situation,
            words(match rule.call {
                WhoToCall::Emergency => "emergency",
                WhoToCall::Clinic => "clinic",
                WhoToCall::PrimaryCare => "primary_care",
            }),
        )],
        Proposed::VisitTask { task } => vec![line(
            "visit_task",
            &task.title,
            match &task.when {
                Moment::HoursBefore { hours } => Value::Before(hours * 60),
                Moment::MinutesBefore { minutes } => Value::Before(*minutes),
                Moment::Clock { days_before, time } => Value::Clock(*days_before, time.to_string()),
            },
        )],
        Proposed::Note { .. } => vec![],
    }
}

/// The vocabulary's key for what a question is about.
fn question_key(about: Subject) -> String {
    match about {
        Subject::InfusionMinutes => "infusion".into(),
        other => serde_json::to_value(other)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default(),
    }
}

/// Content words, lower case, a plural "s" folded: for matching free text
/// leniently.
fn content_words(text: &str) -> BTreeSet<String> {
    const SMALL: &[&str] = &[
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "for",
        "your",
        "you",
        "with",
        "any",
        "if",
        "in",
        "on",
        "such",
        "as",
        "fill",
        "bring",
        "wear",
        "before",
        "after",
        "each",
        "visit",
        "medication",
        "medications",
        "medicine",
        "medicines",
        "is",
        "are",
        "be",
        "that",
        "this",
        "some",
        "other",
        "e",
        "g",
    ];
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 1 && !SMALL.contains(w))
        .map(|w| w.strip_suffix('s').filter(|s| s.len() > 2).unwrap_or(w).to_string())
        .collect()
}

fn subjects_match(expected: &str, got: &str) -> bool {
    let (e, g) = (content_words(expected), content_words(got));
    if e.is_empty() || g.is_empty() {
        return e.is_empty() && g.is_empty();
    }
    // "benzos" and "Benzodiazepines": a shared start of five letters or more.
    let alike = |a: &String, b: &String| {
        a == b || (a.len() >= 5 && b.len() >= 5 && (a.starts_with(b.as_str()) || b.starts_with(a.as_str())))
    };
    e.iter().any(|a| g.iter().any(|b| alike(a, b)))
}

fn matches(expected: &Line, got: &Line) -> bool {
    expected.key == got.key
        && expected.value == got.value
        && (expected.subject.is_empty() && got.subject.is_empty() || subjects_match(&expected.subject, &got.subject))
}

/// The same rule with another number: a wrong number.
fn wrong_number(expected: &Line, got: &Line) -> bool {
    let numeric = |v: &Value| {
        matches!(
            v,
            Value::Before(_)
                | Value::After(_)
                | Value::Length(_)
                | Value::Range(..)
                | Value::Number(_)
                | Value::Clock(..)
        )
    };
    let same_kind = std::mem::discriminant(&expected.value) == std::mem::discriminant(&got.value);
    expected.key == got.key
        && same_kind
        && numeric(&expected.value)
        && expected.value != got.value
        && (expected.subject.is_empty() || subjects_match(&expected.subject, &got.subject))
}

/// Every number the sheet's words say, in sixtieths (so "1 1/2" and "half"
/// stay whole): digits, fractions, number words ("twenty four"), and "a" or
/// "an" before a unit ("an hour").
fn numbers_said(text: &str) -> BTreeSet<u64> {
    const WORDS: &[(&str, f64)] = &[
        ("one", 1.0),
        ("two", 2.0),
        ("three", 3.0),
        ("four", 4.0),
        ("five", 5.0),
        ("six", 6.0),
        ("seven", 7.0),
        ("eight", 8.0),
        ("nine", 9.0),
        ("ten", 10.0),
        ("eleven", 11.0),
        ("twelve", 12.0),
        ("thirteen", 13.0),
        ("fourteen", 14.0),
        ("fifteen", 15.0),
        ("sixteen", 16.0),
        ("seventeen", 17.0),
        ("eighteen", 18.0),
        ("nineteen", 19.0),
        ("twenty", 20.0),
        ("thirty", 30.0),
        ("forty", 40.0),
        ("fifty", 50.0),
        ("sixty", 60.0),
        ("seventy", 70.0),
        ("eighty", 80.0),
        ("ninety", 90.0),
        ("half", 0.5),
        ("midnight", 0.0),
        ("noon", 12.0),
        ("zero", 0.0),
    ];
    let lower = text.to_lowercase();
    // Digits and letters written together are two words: "72hrs", "6pm", "24h".
    let mut spaced = String::with_capacity(lower.len());
    let mut previous: Option<char> = None;
    for c in lower.chars() {
        if let Some(p) = previous {
            if (p.is_ascii_digit() && c.is_alphabetic()) || (p.is_alphabetic() && c.is_ascii_digit()) {
                spaced.push(' ');
            }
        }
        spaced.push(c);
        previous = Some(c);
    }
    let tokens: Vec<&str> = spaced
        .split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '/' || c == ':' || c == '½'))
        // A word closing a heading ("After midnight:") keeps its colon in
        // the split, which only a clock ("6:30") may carry: trim it, or
        // the midnight the heading says is not counted (branch tune-bc).
        .map(|t| t.trim_end_matches(['.', ':']))
        .filter(|t| !t.is_empty())
        .collect();
    let value = |k: usize| -> Option<f64> {
        let t = tokens[k];
        if let Some((a, b)) = t.split_once('/') {
            return Some(a.parse::<f64>().ok()? / b.parse::<f64>().ok().filter(|b| *b > 0.0)?);
        }
        if let Some((h, _)) = t.split_once(':') {
            return h.parse().ok();
        }
        if t == "½" {
            return Some(0.5);
        }
        // "an hour", "a full day", "a whole day": one.
        let whole = tokens
            .get(k + 1)
            .is_some_and(|n| ["full", "whole", "entire"].contains(n));
        let unit_next = tokens
            .get(k + 1 + usize::from(whole))
            .is_some_and(|n| ["hour", "min", "day"].iter().any(|u| n.starts_with(u)));
        if (t == "a" || t == "an") && unit_next {
            return Some(1.0);
        }
        t.parse()
            .ok()
            .or_else(|| WORDS.iter().find(|(w, _)| *w == t).map(|(_, v)| *v))
    };
    let mut said = BTreeSet::new();
    let mut previous: Option<f64> = None;
    for k in 0..tokens.len() {
        let Some(v) = value(k) else {
            previous = None;
            continue;
        };
        // "twenty four", "1 1/2", "an hour and a half": a sum with the number before.
        let mut here = vec![v];
        if let Some(p) = previous {
            here.push(p + v);
        }
        previous = Some(v);
        for v in here {
            said.insert((v * 60.0).round() as u64);
        }
        // "An hour and a half", "two hours and a half": the half adds to
        // the number before the unit; "one and a half hours" (branch
        // tune-visit): to the number right before the "and".
        if tokens[k] == "half" && k >= 3 && tokens[k - 1] == "a" && tokens[k - 2] == "and" {
            for whole in [k.checked_sub(4).and_then(&value), value(k - 3)].into_iter().flatten() {
                said.insert(((whole + 0.5) * 60.0).round() as u64);
            }
        }
        // "1 hour and 15 minutes", "2 hrs 30 min": one length in two
        // units says the sum in minutes (75, 150).
        let hours_unit = tokens.get(k + 1).is_some_and(|n| n.starts_with("h"));
        let and = usize::from(tokens.get(k + 2) == Some(&"and"));
        if hours_unit {
            let minutes_at = k + 2 + and;
            let minutes_unit = tokens.get(minutes_at + 1).is_some_and(|n| n.starts_with("min"));
            if let (true, Ok(minutes)) = (minutes_unit, tokens.get(minutes_at).map_or("", |t| *t).parse::<f64>()) {
                said.insert(((v * 60.0 + minutes) * 60.0).round() as u64);
            }
        }
        // "4.30am", "1.30 pm": a clock written with a dot says its hour.
        let marked_clock = tokens.get(k + 1).is_some_and(|n| ["am", "pm", "a", "p"].contains(n));
        if let Some((hour, minutes)) = tokens[k].split_once('.').filter(|(_, m)| m.len() == 2 && marked_clock) {
            if let (Ok(hour), true) = (hour.parse::<u64>(), minutes.bytes().all(|b| b.is_ascii_digit())) {
                said.insert(hour * 60);
            }
        }
        // "0700am", "0630 hrs": a clock in four digits says its hour.
        let t = tokens[k];
        let marked = tokens
            .get(k + 1)
            .is_some_and(|n| ["am", "pm", "hrs", "h", "hours"].contains(n));
        if t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) && (t.starts_with('0') || marked) {
            said.insert((v as u64 / 100) * 60);
        }
    }
    said
}

/// A number in a proposal line that the words do not say, in any unit the
/// rule could have been said in (minutes, hours, days; a clock time's
/// hour in 12- or 24-hour form).
fn invented(l: &Line, said: &BTreeSet<u64>) -> bool {
    // `said` holds sixtieths: "6" is 360, "1 1/2" is 90.
    let length_said = |minutes: u32| {
        let m = u64::from(minutes);
        // As minutes ("90 minutes"), as hours ("1 1/2 hours"), as days ("2 days").
        said.contains(&(m * 60))
            || said.contains(&m)
            || (m % 24 == 0 && said.contains(&(m / 24)))
            || (m % 168 == 0 && said.contains(&(m / 168)))
    };
    match &l.value {
        Value::Before(m) | Value::After(m) | Value::Length(m) => !length_said(*m),
        Value::Range(a, b) => !(length_said(*a) && length_said(*b)),
        Value::Number(n) => !said.contains(&(u64::from(*n) * 60)),
        Value::Clock(_, time) => {
            let hour: u64 = time.split(':').next().and_then(|h| h.parse().ok()).unwrap_or(0);
            let twelve = if hour == 0 {
                12
            } else if hour > 12 {
                hour - 12
            } else {
                hour
            };
            !(said.contains(&(hour * 60)) || said.contains(&(twelve * 60)) || (hour == 0 && said.contains(&0)))
        }
        _ => false,
    }
}

/// A page, read.
struct Page {
    slug: String,
    care_facts_clinic: bool,
    expected: Vec<Line>,
    reading: SheetReading,
    text: String,
}

fn pages(half: &str) -> Vec<Page> {
    pages_in(&corpus_dir().join(half))
}

/// The pages of one folder: each `<slug>.txt` with its `<slug>.rules`.
fn pages_in(dir: &Path) -> Vec<Page> {
    let mut slugs: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter_map(|e| {
                    e.file_name()
                        .to_str()
                        .and_then(|n| n.strip_suffix(".txt"))
                        .map(String::from)
                })
                .collect()
        })
        .unwrap_or_default();
    slugs.sort();
    slugs
        .into_iter()
        .map(|slug| {
            let raw = std::fs::read_to_string(dir.join(format!("{slug}.txt"))).expect("the page's text");
            let rules = std::fs::read_to_string(dir.join(format!("{slug}.rules"))).expect("the page's rules");
            // The header: "# source", "# retrieved", "# care-facts clinic".
            let care_facts_clinic = raw
                .lines()
                .take(5)
                .any(|l| l.starts_with("# care-facts clinic:") && l.contains("yes"));
            let text: String = raw
                .lines()
                .skip_while(|l| l.starts_with('#'))
                .collect::<Vec<_>>()
                .join("\n");
            let reading = read_sheet(&text).expect("a page reads");
            let expected = rules.lines().filter_map(parse_line).collect();
            Page {
                slug,
                care_facts_clinic,
                expected,
                reading,
                text,
            }
        })
        .collect()
}

#[derive(Default, Debug)]
struct Tally {
    pages: usize,
    expected: usize,
    found: usize,
    proposals: usize,
    right: usize,
    invented: usize,
    misses: Vec<String>,
    unexpected: Vec<String>,
    inventions: Vec<String>,
}

impl Tally {
    fn recall(&self) -> f64 {
        if self.expected == 0 {
            1.0
        } else {
            self.found as f64 / self.expected as f64
        }
    }

    fn precision(&self) -> f64 {
        if self.proposals == 0 {
            1.0
        } else {
            self.right as f64 / self.proposals as f64
        }
    }

    fn summary(&self) -> String {
        format!(
            "{} pages: recall {}/{} = {:.1}%, precision {}/{} = {:.1}%, invented numbers {}",
            self.pages,
            self.found,
            self.expected,
            self.recall() * 100.0,
            self.right,
            self.proposals,
            self.precision() * 100.0,
            self.invented
        )
    }
}

fn score(page: &Page, tally: &mut Tally) {
    tally.pages += 1;
    let said = numbers_said(&page.text);
    // The proposals as lines, each once per page (a rule said twice is one).
    let mut got: Vec<(Line, usize)> = Vec::new();
    for p in &page.reading.proposals {
        for l in lines_of(&p.rule) {
            if !got.iter().any(|(g, _)| g == &l) {
                got.push((l, p.sentence));
            }
        }
    }
    let asked: BTreeSet<String> = page.reading.questions.iter().map(|q| question_key(q.about)).collect();
    for e in &page.expected {
        tally.expected += 1;
        let found = if e.question {
            asked.contains(&e.key)
        } else {
            got.iter().any(|(g, _)| matches(e, g)) || (e.bang && asked.contains(&e.key))
        };
        if found {
            tally.found += 1;
        } else {
            tally.misses.push(format!("{}: {}", page.slug, e.text));
        }
    }
    for (g, sentence) in &got {
        tally.proposals += 1;
        let right = page.expected.iter().any(|e| !e.question && matches(e, g));
        let wrong = !right && page.expected.iter().any(|e| !e.question && wrong_number(e, g));
        let made_up = invented(g, &said);
        if right {
            tally.right += 1;
        } else {
            let words = &page.reading.sentences[*sentence].text;
            tally.unexpected.push(format!(
                "{}: {:?} {} {:?} from {words:?}",
                page.slug, g.key, g.subject, g.value
            ));
        }
        if wrong || made_up {
            tally.invented += 1;
            tally.inventions.push(format!(
                "{}: {:?} {} {:?} ({})",
                page.slug,
                g.key,
                g.subject,
                g.value,
                if made_up {
                    "not in the words"
                } else {
                    "another number than expected"
                }
            ));
        }
    }
}

#[test]
fn the_vocabulary_reads_as_the_readme_writes_it() {
    let l = parse_line("solid_food: 6 hours before   # a comment").unwrap();
    assert_eq!((l.key.as_str(), &l.value), ("solid_food", &Value::Before(360)));
    let l = parse_line("clear_liquids: at 00:00 on the session day").unwrap();
    assert_eq!(l.value, Value::Clock(0, "00:00".into()));
    let l = parse_line("medicine Lamictal: none for 6 hours before").unwrap();
    assert_eq!((l.subject.as_str(), &l.value), ("Lamictal", &Value::Before(360)));
    let l = parse_line("medicine Lamictal: restart 6 hours after").unwrap();
    assert_eq!(l.value, Value::After(360));
    let l = parse_line("observation: 20 to 20 minutes").unwrap();
    assert_eq!(l.value, Value::Range(20, 20));
    // A medicine to take on the day, and how, which is a note.
    let l = parse_line("! medicine blood pressure tablets: take on the day with a sip of water").unwrap();
    assert_eq!(
        (l.subject.as_str(), &l.value),
        ("blood pressure tablets", &Value::Words("take on the day".into()))
    );
    // A `!` line's note in brackets after its value.
    let l =
        parse_line("! medicine SGLT2 inhibitors (dapagliflozin): none for 3 days before (major surgery only)").unwrap();
    assert_eq!(
        (l.subject.as_str(), &l.value),
        ("SGLT2 inhibitors (dapagliflozin)", &Value::Before(4320))
    );
    let l = parse_line("! infusion: 4 hours (pain conditions only)").unwrap();
    assert_eq!(l.value, Value::Length(240));
    let l = parse_line("red_flag chest pain or trouble breathing -> emergency").unwrap();
    assert_eq!(
        (l.subject.as_str(), &l.value),
        ("chest pain or trouble breathing", &words("emergency"))
    );
    let l = parse_line("arrive_early: 1.5 hours").unwrap();
    assert_eq!(l.value, Value::Length(90));
    let l = parse_line("observation: 1.5 to 2 hours").unwrap();
    assert_eq!(l.value, Value::Range(90, 120));
    let l = parse_line("! no_alcohol: 72 hours").unwrap();
    assert!(l.bang && l.value == Value::Length(72 * 60));
    let l = parse_line("question no_driving: no length of time").unwrap();
    assert!(l.question && l.key == "no_driving");
    let l = parse_line("visit_task mood questionnaire: 2 days before").unwrap();
    assert_eq!(
        (l.subject.as_str(), &l.value),
        ("mood questionnaire", &Value::Before(2880))
    );
    assert!(parse_line("   # only a comment").is_none());
    // A proposal and its line agree.
    let p = Proposed::SolidFood {
        cutoff: Cutoff::HoursBefore { hours: 6 },
    };
    assert!(matches(
        &parse_line("solid_food: 6 hours before").unwrap(),
        &lines_of(&p)[0]
    ));
    let said = numbers_said("Nothing to eat for six hours; clear liquids up to 1 1/2 hours; after 10 p.m.");
    let hours = |h: u32| line("x", "", Value::Before(h * 60));
    assert!(!invented(&hours(6), &said));
    let full_day = numbers_said("No alcohol for a full day afterwards.");
    assert!(!invented(&line("x", "", Value::Length(24 * 60)), &full_day));
    let dotted = numbers_said("Nothing to eat after 4.30am; water until 1.30 pm.");
    assert!(!invented(&line("x", "", Value::Clock(0, "04:30".into())), &dotted));
    assert!(!invented(&line("x", "", Value::Clock(0, "13:30".into())), &dotted));
    let half_said = numbers_said("Arrive an hour and a half before, and rest two hours and a half after.");
    assert!(!invented(&line("x", "", Value::Length(90)), &half_said));
    assert!(!invented(&line("x", "", Value::Length(150)), &half_said));
    let half_before = numbers_said("Collect the patient one and a half hours after.");
    assert!(!invented(&line("x", "", Value::Length(90)), &half_before));
    assert!(invented(&line("x", "", Value::Length(150)), &half_before));
    assert!(!invented(&line("x", "", Value::Before(90)), &said));
    assert!(invented(&hours(8), &said));
    assert!(!invented(&line("x", "", Value::Clock(1, "22:00".into())), &said));
    // Numbers written against their unit are still said.
    let said = numbers_said("No alcohol for 72hrs; nothing after 6pm; a 24h rule.");
    assert!(!invented(&line("x", "", Value::Length(72 * 60)), &said));
    assert!(!invented(&line("x", "", Value::Clock(1, "18:00".into())), &said));
    assert!(!invented(&line("x", "", Value::Length(24 * 60)), &said));
    // A clock in four digits says its hour; an amount in four digits does not.
    let said = numbers_said("Clear fluids only from 0700am; nothing after 1830 hrs; drink 1500 ml.");
    assert!(!invented(&line("x", "", Value::Clock(0, "07:00".into())), &said));
    assert!(!invented(&line("x", "", Value::Clock(0, "18:30".into())), &said));
    assert!(invented(&line("x", "", Value::Clock(0, "15:00".into())), &said));
    // A time word heading its rule with a colon is said (branch tune-bc).
    let said = numbers_said("After midnight: nothing by mouth. From noon: water only.");
    assert!(!invented(&line("x", "", Value::Clock(0, "00:00".into())), &said));
    assert!(!invented(&line("x", "", Value::Clock(0, "12:00".into())), &said));
    assert!(invented(&line("x", "", Value::Clock(0, "07:00".into())), &said));
}

/// The halves present: each folder of the corpus with pages in it, in
/// order ("a", "b", and "c" once it is added).
fn halves_present() -> Vec<String> {
    halves_in(&corpus_dir())
}

fn halves_in(dir: &Path) -> Vec<String> {
    let mut halves: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter(|e| e.path().is_dir())
                .filter_map(|e| e.file_name().to_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    halves.retain(|h| {
        std::fs::read_dir(dir.join(h))
            .map(|mut entries| entries.any(|e| e.is_ok_and(|e| e.path().extension().is_some_and(|x| x == "txt"))))
            .unwrap_or(false)
    });
    halves.sort();
    halves
}

/// A comma-separated list of halves, as the variables name them.
fn named(list: &str) -> Vec<String> {
    list.split(',')
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .collect()
}

#[test]
fn a_new_half_is_found_and_the_variables_name_several() {
    let dir = std::env::temp_dir().join(format!("steady-corpus-halves-{}", std::process::id()));
    for (half, page) in [("a", Some("x.txt")), ("c", Some("y.txt")), ("empty", None)] {
        std::fs::create_dir_all(dir.join(half)).unwrap();
        if let Some(page) = page {
            std::fs::write(dir.join(half).join(page), "text").unwrap();
        }
    }
    std::fs::write(dir.join("README.md"), "not a half").unwrap();
    assert_eq!(halves_in(&dir), ["a", "c"]);
    assert!(halves_in(&dir.join("none")).is_empty());
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(named(" b, c ,"), ["b", "c"]);
    assert_eq!(named(DEFAULT_HELD_OUT), ["q", "z", "af", "ag", "bi", "bj"]);
}

/// The reader on every half: what a half read while tuning must meet
/// (no invented number, no proposal nobody expected, the targets) fails
/// here; a held-out half's figures are printed, and its targets are
/// asserted by [`the_reader_meets_its_targets_on_the_held_out_half`].
#[test]
fn the_reader_on_the_corpus() {
    let (read, _held_out) = measure();
    assert!(read.is_empty(), "{read:#?}");
}

/// Issue 25's targets on the pages the reader was not written from: recall
/// at least 80 %, precision at least 95 %, no invented number. Measured
/// once on half c with the reader tuned on a and b (2026-12-06): recall
/// 70.8 %, precision 81.5 %, 1 invented number; after a second reader
/// checked the disagreements and corrected 8 expectations (each with its
/// reason in the .rules file), recall 70.6 %, precision 85.9 %, 1 invented
/// number (a cutoff for food and drink attached to drinks alone): not met.
/// Half c has since been read while tuning, and the same round was run
/// on fresh halves d to i, each measured once, held out, before it was
/// read while tuning, and j (65.1 %, 88.9 %, 1 invented when held out;
/// figures in the ignore reason, the doc at the top of this file and the
/// corpus README; read while tuning since), and k (81.1 % recall, 92.3 %
/// precision, 1 invented when held out: recall met, precision and
/// invented numbers not; read while tuning since), and l (64.0 %, 86.8 %,
/// 1 invented when held out; read while tuning since), and m (71.7 %,
/// 90.6 %, 3 invented with the reader tuned on a to k and again with the
/// one tuned on a to l; 72.5 %, 91.8 %, 3 after l's last rule; read while
/// tuning since), and n (65.7 %, 87.9 %, 0 invented with the reader
/// tuned on a to l and the same with the one tuned on a to m; read while
/// tuning since), o (64.1 %, 74.1 %, 2 invented with the reader tuned on a
/// to m; the same with the one tuned on a to n) and p (67.6 %, 88.0 %, 0
/// invented with the reader tuned on a to n; 68.2 % after its judge
/// removed one expectation): not met on any. Halves o and p are read while
/// tuning since branch `tune-op`; half q (64.3 %, 91.6 %, 0 invented with
/// the reader tuned on a to n, after its judge; 65.1 %, 92.8 %, 0 with the
/// one tuned on a to p, and with the one tuned on the written bank's set a
/// too) was held out beside r (71.2 %, 84.2 %, 3 invented with that reader,
/// after its judge) and later halves; q, z, af, ag, bi and bj are the
/// held-out halves now, bc and bd read while tuning since branches
/// `tune-bc` and `tune-bd`, be and bf since branches `tune-be` and
/// `tune-bf`, bg and bh since branches `tune-bg` and `tune-bh`,
/// ae and ah read while tuning since branch
/// `tune-eh`, ai and aj since branch `tune-ij`, ak and al since branch
/// `tune-kl`, am and an since branch `tune-mn`, aq and ar since branch
/// `tune-aqr`, as and at since branch `tune-ast`, ao and ap since branch
/// `tune-aop`, au and av since branch `tune-auv`, aw and ax since branch
/// `tune-awx`, ay and az since branch `tune-ayz`, ba and bb since branch
/// `tune-bab` (the figures of every half since are in the ignore reason). Ignored in
/// `make test`
/// until a held-out half meets the targets, so a gap is stated rather
/// than hidden behind a red build; run it with `cargo test --test core held_out --
/// --ignored`.
#[test]
#[ignore = "issue 25's held-out targets are not met on every held-out half: z meets all three since branches tune-kl and tune-mn (80.4 %, 95.3 %, 0), no other held-out half does, and none did before (half d when held out: recall 65.0 %, precision 85.9 %, 0 invented; half c when held out: 70.6 %, 85.9 %, 1); half e when held out: 59.1 %, 75.4 %, 4 invented; half f when held out: 82.0 %, 90.4 %, 3 invented; half g when held out: 72.5 %, 84.2 %, 1 invented; half h when held out: 69.0 %, 73.9 %, 0 invented; half i when held out: 64.9 %, 90.2 %, 0 invented; half j when held out: 65.1 %, 88.9 %, 1 invented; half k when held out: 81.1 %, 92.3 %, 1 invented; half l when held out: 64.0 %, 86.8 %, 1 invented; half m when held out, with the reader tuned on a to k: 71.7 %, 90.6 %, 3 invented; the same with the reader tuned on a to l; 72.5 %, 91.8 %, 3 invented after l's last rule; half n when held out, with the reader tuned on a to l: 65.7 %, 87.9 %, 0 invented, and the same with the reader tuned on a to m; half o when held out, with the reader tuned on a to m: 64.1 %, 74.1 %, 2 invented; with the reader tuned on a to n: the same; half p when held out, with the reader tuned on a to n: 67.6 %, 88.0 %, 0 invented (68.2 % after its judge removed one expectation); half q, held out now, with the reader tuned on a to n: 64.3 %, 91.6 %, 0 invented (after its judge); with the reader tuned on a to p: 65.1 %, 92.8 %, 0 invented, and the same with the reader tuned on the written bank's set a too; half r, held out then (read while tuning since branch tune-uv, as are u and v), with that reader: 71.2 %, 84.2 %, 3 invented (after its judge); with medicine rules by their mechanisms (branch tune-med): q 65.1 %, 92.9 %, 0 invented, r 73.0 %, 84.6 %, 3 invented; with lengths in two units read whole, r 73.9 %, 85.9 %, 2 invented (not clean: written after reading r's disagreements); with red flags, the escort and tasks by their mechanisms (branch tune-mech), q and r unchanged; half s, with that reader: 70.5 %, 82.8 %, 1 invented (after its judge); half t, with the core rules too (branch tune-core): 64.8 %, 82.7 %, 0 invented (after its judge); half u, with things to bring and wear too (branch tune-bring): 63.3 %, 87.3 %, 2 invented; half v, with questions too (branch tune-ask): 80.0 %, 91.1 %, 2 invented (after its judge; 79.7 %, 88.9 % before); with s and t read while tuning (branch tune-st), held out: q 65.1 %, 92.9 %, 0; r 73.9 %, 86.8 %, 2 (not clean); u 64.2 %, 87.3 %, 2; v 80.0 %, 91.1 %, 2; halves w, x, y and z, each measured once with the reader of stop 33 (after their judges): w 76.6 %, 88.5 %, 0; x 80.0 %, 91.2 %, 0; y 74.8 %, 88.0 %, 1; z 75.5 %, 89.6 %, 1; with r, u and v read while tuning (branch tune-uv), held out: q 65.1 %, 92.9 %, 0; w 76.6 %, 87.5 %, 0; x 81.1 %, 91.3 %, 0 (both read while tuning since branch tune-wx); y 75.7 %, 89.3 %, 1; z 76.1 %, 91.4 %, 0; with w and x read while tuning (branch tune-wx), held out: q unchanged; y 75.7 %, 89.3 %, 1 invented (read while tuning since branch tune-y); z 77.3 %, 93.3 %, 0; with y read while tuning (branch tune-y), held out: q 65.1 %, 92.9 %, 0; z 77.3 %, 93.3 %, 0; halves aa and ab, each measured once with the reader of stop 34 (after their judges): aa 69.7 %, 91.5 %, 1; ab 67.1 %, 94.6 %, 0; halves ac and ad with the take round: ac 71.6 %, 87.3 %, 2; ad 63.8 %, 92.0 %, 0; halves ae and af with the reader of stop 35: ae 62.1 %, 79.2 %, 2; af 67.3 %, 86.9 %, 0; halves ag and ah with the rounds on ac and ad and on bringing: ag 69.2 %, 86.7 %, 0; ah 61.7 %, 84.5 %, 4; with the round on red flags too, held out: q 66.7 %, 89.1 %, 0; z 79.1 %, 94.4 %, 0; ae 61.1 %, 78.8 %, 2; af 69.4 %, 87.3 %, 0; ag and ah unchanged; with the short round on e, t and ab too: q 67.4 %, 89.2 %, 0, the rest unchanged; halves ai and aj, each measured once with the reader of stop 37: ai 68.5 %, 86.2 %, 1 (69.3 %, 90.0 %, 1 after its judge); aj 64.9 %, 80.0 %, 5; halves ak and al, each measured once with the same reader: ak 69.8 %, 85.5 %, 1 (69.4 %, 89.5 %, 1 after its judge); al 50.0 %, 80.0 %, 3 (49.4 % after its judge); ae and ah read while tuning since branch tune-eh; with that round and the round on tasks and bringing (branch tune-task), held out: q 68.2 %, 88.3 %, 0; z 80.4 %, 94.4 %, 0; af 70.4 %, 87.5 %, 0; ag 70.8 %, 86.7 %, 0; ai 69.3 %, 89.9 %, 1; aj 66.2 %, 84.1 %, 3; ak 69.4 %, 89.5 %, 1; al 51.7 %, 84.1 %, 1; halves am and an, each measured once with that reader: am 79.4 %, 84.6 %, 1 (80.6 %, 87.2 %, 1 after its judge); an 53.8 %, 75.0 %, 2 (54.9 % after its judge); ai and aj read while tuning since branch tune-ij; with that round, held out: an 54.9 %, 76.6 %, 2, the rest unchanged; halves ao and ap, each measured once with that reader: ao 80.0 %, 83.0 %, 1 (81.0 %, 85.1 %, 1 after its judge); ap 57.7 %, 88.1 %, 1 (58.2 %, 90.5 %, 1 after its judge); halves aq and ar, each measured once with the same reader (stop 38's start): aq 70.6 %, 90.2 %, 0 (70.7 %, 90.9 %, 0 after its judge); ar 57.1 %, 81.5 %, 2 (unchanged by its judge); halves as and at, each measured once with the same reader: as 58.7 %, 90.2 %, 0 (unchanged after its judge); at 48.7 %, 91.7 %, 1 (50.6 %, 95.8 %, 1 after its judge); ak and al read while tuning since branch tune-kl, am and an since branch tune-mn (the two side by side); with both rounds, held out: q 68.2 %, 89.2 %, 0; z 80.4 %, 95.3 %, 0 (the three targets met); af 70.4 %, 87.5 %, 0; ag 70.8 %, 86.6 %, 0; ao 81.8 %, 86.2 %, 1; ap, aq, ar, as and at unchanged; written b unchanged; as and at read while tuning since branch tune-ast, aq and ar since branch tune-aqr (side by side); with both rounds, held out: q 68.2 %, 87.4 %, 0; z 80.4 %, 96.2 %, 0 (the three targets met); af 73.5 %, 89.4 %, 0; ag 71.7 %, 87.8 %, 0; ao 82.6 %, 86.2 %, 1; ap unchanged; halves au and av, each measured once with that reader: au 70.2 %, 86.0 %, 2 (71.8 %, 87.2 %, 2 after its judge); av 52.1 %, 82.5 %, 0 (53.5 %, 85.0 %, 0 after its judge); ao and ap read while tuning since branch tune-aop; with that round, held out: q, z, af, ag, au and av unchanged (z 80.4 %, 96.2 %, 0: the three targets met); halves aw and ax, each measured once with that reader: aw 73.0 %, 76.7 %, 3; ax 61.0 %, 80.0 %, 2 (both unchanged by their judges); halves az and ay, each measured once with the same reader: az 62.3 %, 87.9 %, 0 (unchanged by its judge); ay 76.9 %, 88.8 %, 0 (77.1 %, 89.8 %, 0 after its judge); halves ba and bb, each measured once with the same reader: ba 81.2 %, 85.0 %, 0 (81.5 %, 86.9 %, 0 after its judge); bb 50.0 %, 86.0 %, 0 (52.2 %, 88.0 %, 0 after its judge); au and av read while tuning since branch tune-auv, aw and ax since branch tune-awx (side by side); with both rounds, held out: q 69.0 %, 87.5 %, 0; z 80.4 %, 96.2 %, 0 (the three targets met); af, ag, az and ba unchanged; ay 78.3 %, 90.0 %, 0; bb 53.3 %, 88.2 %, 0; written b 83.9 %, 94.8 %, 2 (a fast that takes in water lent its time to the drinks once where the expected drinks time is another); half bc, measured once with that reader: 70.8 %, 91.2 %, 3 (71.1 %, 92.2 %, 3 after its judge); half bd, measured once with the same reader: 48.4 %, 76.1 %, 1 (48.9 %, 78.3 %, 1 after its judge); ay and az read while tuning since branch tune-ayz, ba and bb since branch tune-bab (side by side); with both rounds, held out: q 69.8 %, 88.4 %, 0; z 80.4 %, 96.2 %, 0 (the three targets met); af 73.5 %, 90.8 %, 0; ag and bc unchanged; bd 47.9 %, 77.8 %, 1 (one right proposal fewer); written b unchanged; half be (tests and scans, a kind no half had), measured once with that reader: 56.2 %, 72.0 %, 2 (unchanged by its judge); half bf (health checkups and test preparations in seven languages), measured once with the same reader: 33.0 %, 62.8 %, 1 (34.2 %, 65.1 %, 1 after its judge); bc and bd read while tuning since branches tune-bc and tune-bd (side by side); with both rounds, held out: q 69.0 %, 89.1 %, 0; z 80.4 %, 96.2 %, 0 (the three targets met); af 75.5 %, 100 %, 0; ag 71.7 %, 88.9 %, 0; be unchanged; bf 35.1 %, 66.0 %, 2; written b 83.9 %, 95.5 %, 2; half bg (tests and scans), measured once with that reader: 42.1 %, 70.9 %, 0 (unchanged by its judge); half bh (health checkups and ultrasound in seven languages), measured once with the same reader: 53.5 %, 77.3 %, 1 (unchanged by its judge); be and bf read while tuning since branches tune-be and tune-bf (side by side); with both rounds, held out: q 69.0 %, 90.1 %, 0; z 80.4 %, 96.2 %, 0 (the three targets met); af 74.5 %, 100 %, 0; ag 71.7 %, 88.9 %, 0; bg 42.1 %, 70.9 %, 0; bh 53.5 %, 79.1 %, 0; written b 83.9 %, 95.5 %, 2; half bi (ketamine, nerve-block and office-sedation pages), measured once with that reader: 85.1 %, 86.0 %, 3 (86.2 %, 88.2 %, 3 after its judge); half bj (bronchoscopies and sedation in ten languages), measured once with the same reader: 52.8 %, 92.5 %, 1 (unchanged by its judge); bg and bh read while tuning since branches tune-bg and tune-bh (side by side; bg 72.8 %, bh 66.3 %, both 100 %, 0 after them); with both rounds, held out: q 69.8 %, 91.5 %, 0; z 80.4 %, 96.3 %, 0 (the three targets met); af 74.5 %, 100 %, 0; ag 73.3 %, 87.1 %, 0; bi and bj unchanged; written b unchanged"]
fn the_reader_meets_its_targets_on_the_held_out_half() {
    let (_read, held_out) = measure();
    assert!(held_out.is_empty(), "{held_out:#?}");
}

/// The written bank (`fixtures/written/<set>/`, its README says how it was
/// written): sheets written for Steady in many clinics' ways of putting
/// the same rules, in the corpus's format and vocabulary, so that the
/// reader is built for wordings no stored page happens to use. Real pages
/// stay the measure of issue 25; the bank is for breadth. Its sets are
/// scored like halves: a set held out (`STEADY_WRITTEN_HELD_OUT`, default
/// [`WRITTEN_HELD_OUT`]) prints figures only; a set read while tuning must
/// meet the targets, or the floor in [`WRITTEN_FLOOR`], with no proposal
/// nobody expected. `STEADY_CORPUS_DETAIL=written-a` lists set a's
/// disagreements.
#[test]
fn the_reader_on_the_written_sheets() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/core/fixtures/written");
    let sets = halves_in(&dir);
    if sets.is_empty() {
        println!(
            "written bank: not in this tree yet ({}); nothing measured",
            dir.display()
        );
        return;
    }
    let held_out = named(&std::env::var("STEADY_WRITTEN_HELD_OUT").unwrap_or_else(|_| WRITTEN_HELD_OUT.into()));
    let detail = std::env::var("STEADY_CORPUS_DETAIL").unwrap_or_default();
    let mut read = Vec::new();
    for set in &sets {
        let floor = WRITTEN_FLOOR.iter().find(|(s, _)| *s == set.as_str()).map(|(_, f)| *f);
        let is_held_out = held_out.contains(set);
        let failures = check_half(
            &format!("written-{set}"),
            &pages_in(&dir.join(set)),
            is_held_out,
            floor,
            &detail,
        );
        if !is_held_out {
            read.extend(failures);
        }
    }
    assert!(read.is_empty(), "{read:#?}");
}

/// Scores every half present; returns the failures of the halves read while
/// tuning, and those of the held-out halves (figures only, never a page's
/// words).
fn measure() -> (Vec<String>, Vec<String>) {
    let present = halves_present();
    if present.is_empty() {
        println!(
            "corpus: not in this tree yet ({}); nothing measured",
            corpus_dir().display()
        );
        return (vec![], vec![]);
    }
    let held_out = named(&std::env::var("STEADY_CORPUS_HELD_OUT").unwrap_or_else(|_| DEFAULT_HELD_OUT.into()));
    for half in &held_out {
        if !present.contains(half) {
            println!("corpus {half} (held out): not in this tree yet; skipped");
        }
    }
    let detail = std::env::var("STEADY_CORPUS_DETAIL").unwrap_or_default();
    let halves = std::env::var("STEADY_CORPUS_HALVES")
        .map(|h| named(&h))
        .unwrap_or_else(|_| present.clone());
    let (mut read, mut held) = (Vec::new(), Vec::new());
    for half in &present {
        if !halves.contains(half) {
            continue;
        }
        let is_held_out = held_out.contains(half);
        let floor = RECALL_FLOOR.iter().find(|(h, _)| *h == half.as_str()).map(|(_, f)| *f);
        let failures = check_half(half, &pages(half), is_held_out, floor, &detail);
        // Never a page's words from a held-out half in a failure: figures only.
        if is_held_out {
            held.extend(failures);
        } else {
            read.extend(failures);
        }
    }
    (read, held)
}

/// Scores one half's pages, prints its figures (and, when `detail` names
/// it, each disagreement), and returns what fails its targets: no invented
/// number, recall at least the target (or `floor`, for a half read while
/// tuning that has not reached it yet), precision at least the target,
/// and, for a half read while tuning, no proposal nobody expected.
fn check_half(half: &str, pages: &[Page], is_held_out: bool, floor: Option<f64>, detail: &str) -> Vec<String> {
    let mut all = Tally::default();
    let mut without = Tally::default();
    for page in pages {
        score(page, &mut all);
        if !page.care_facts_clinic {
            score(page, &mut without);
        }
    }
    let role = match is_held_out {
        true => "held out",
        false => "read while tuning",
    };
    println!("corpus {half} ({role}): {}", all.summary());
    println!(
        "corpus {half} ({role}), without the care-facts clinics: {}",
        without.summary()
    );
    if detail.split(',').any(|d| d.trim() == half) {
        for m in &all.misses {
            println!("  missed   {m}");
        }
        for u in &all.unexpected {
            println!("  not expected {u}");
        }
        for i in &all.inventions {
            println!("  invented {i}");
        }
    }
    let mut failures = Vec::new();
    if all.invented > 0 {
        failures.push(format!("half {half} ({role}): {} invented numbers", all.invented));
    }
    // A half read while tuning whose recall is still short of the target:
    // held to the floor it reached, so it cannot drop; the gap is stated
    // here and in the README rather than hidden.
    let min_recall = match floor {
        Some(floor) if !is_held_out => floor,
        _ => MIN_RECALL,
    };
    if all.recall() < min_recall {
        failures.push(format!(
            "half {half} ({role}): recall {:.1}% < {:.1}%",
            all.recall() * 100.0,
            min_recall * 100.0
        ));
    }
    if all.precision() < MIN_PRECISION {
        failures.push(format!(
            "half {half} ({role}): precision {:.1}% < {:.0}%",
            all.precision() * 100.0,
            MIN_PRECISION * 100.0
        ));
    }
    if !is_held_out && !all.unexpected.is_empty() {
        failures.push(format!(
            "half {half}: {} proposals nobody expected (STEADY_CORPUS_DETAIL={half} lists them)",
            all.unexpected.len()
        ));
    }
    failures
}

//! Views: what the screens show, assembled from storage for one moment
//! `now` (Today, a session, the course, recovery, the app's status), and
//! the documents Steady writes (the ride card and its calendar file, the
//! check-in summary).
pub mod check_in_summary;
pub mod course;
pub mod driver_mail;
pub mod ics;
pub mod instructions;
pub mod pdf;
pub mod phone;
pub mod qr;
pub mod recovery;
pub mod ride;
pub mod ride_card_pdf;
pub mod ride_words;
pub mod session;
pub mod status;
pub mod today;
pub mod tray;

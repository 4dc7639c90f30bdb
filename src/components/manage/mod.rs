//! Keeping data safe: limited fields, backups, restoring unreadable data, the backup reminder.

mod backup_panel;
mod backup_preview;
mod backup_reminder;
mod corrupt_data;
mod limited_text;

pub use backup_panel::BackupPanel;
pub use backup_reminder::BackupReminder;
pub use corrupt_data::CorruptData;
pub use limited_text::LimitedText;

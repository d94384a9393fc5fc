/// What a database column's declared type guarantees about its values, as far as the plan cares.
///
/// Only a type the database enforces counts: every SQLite column is ``unknown``, since SQLite
/// stores any value in any column.
public enum ColumnKind: Sendable, Equatable {
    /// `boolean`: true or false. The plan compares and computes with it as 1 and 0, as SQLite
    /// stores flags (`returned = 1`, the opt-out flag).
    case boolean
    /// A whole-number type (`smallint`, `integer`, `bigint`): every value is a number.
    case integer
    /// `numeric`, `real`, `double precision`: numbers, or NaN and the infinities.
    case decimal
    /// `date`, `timestamp`, `timestamptz`: every value is a time.
    case time
    /// Text, any other type, or a type the database does not enforce.
    case unknown
}

/// `timestamptz` text as Scorecard reads it: the server writes it in the session time zone with
/// the zone's offset (`2026-03-01 10:00:00+05:30`); the offset is dropped, leaving the local
/// time in ISO form (`2026-03-01 10:00:00`), as a `timestamp` reads.
enum PostgresTimestamp {
    /// The text without its UTC offset; text with no time part (`infinity`) is kept as it is.
    static func droppingOffset(_ text: String) -> String {
        guard let space = text.firstIndex(of: " ") else { return text }
        let time = text[text.index(after: space)...]
        guard let sign = time.firstIndex(where: { $0 == "+" || $0 == "-" }) else { return text }
        let era = time[sign...].firstIndex(of: " ").map { String(time[$0...]) } ?? ""
        return String(text[..<sign]) + era
    }
}

import CXLSXWriter
import ScorecardModel
import ScorecardResults

/// The workbook's cell formats: title, header, stage rows, number formats per unit, status fills.
struct WorkbookStyles {
    let book: Workbook
    let codes: NumberFormatCode

    var title: Sheet.Format {
        book.format("title") {
            format_set_bold($0)
            format_set_font_size($0, 14)
            format_set_font_color($0, 0x1F3A5F)
        }
    }
    var message: Sheet.Format {
        book.format("message") {
            format_set_bold($0)
            format_set_font_color($0, 0x1F3A5F)
        }
    }
    var header: Sheet.Format {
        book.format("header") {
            format_set_bold($0)
            format_set_bottom($0, UInt8(LXW_BORDER_THIN.rawValue))
            format_set_text_wrap($0)
        }
    }
    var stage: Sheet.Format {
        book.format("stage") {
            format_set_bold($0)
            format_set_font_color($0, 0x1F3A5F)
            format_set_bg_color($0, 0xE8EDF2)
        }
    }
    var wrapped: Sheet.Format {
        book.format("wrapped") {
            format_set_text_wrap($0)
            format_set_align($0, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        }
    }
    var month: Sheet.Format {
        book.format("month") {
            format_set_num_format($0, "mmm yyyy")
            format_set_bold($0)
        }
    }
    var relative: Sheet.Format { number(NumberFormatCode.relative) }

    /// The format for `value` in `unit`, with as many decimals as the board pack shows.
    func value(_ value: Double?, unit: ScorecardModel.Unit, signed: Bool = false) -> Sheet.Format {
        number(codes.code(unit, decimals: ValueFormatter.decimals(value ?? 0, unit: unit), signed: signed))
    }

    func number(_ code: String) -> Sheet.Format {
        book.format("number " + code) { format_set_num_format($0, code) }
    }

    /// A status cell: a light fill and dark text of the status colour.
    func status(_ status: KPIStatus) -> Sheet.Format {
        let (fill, ink): (UInt32, UInt32) =
            switch status {
            case .green: (0xC6EFCE, 0x006100)
            case .amber: (0xFFEB9C, 0x9C5700)
            case .red: (0xFFC7CE, 0x9C0006)
            case .none: (0xEDEFF1, 0x5F6B76)
            }
        return book.format("status \(status.rawValue)") {
            format_set_bg_color($0, fill)
            format_set_font_color($0, ink)
        }
    }

    /// The status as a shape and a word, as in the board pack: ● On target, ▲ Watch, ◆ Off target, – No target.
    static func statusText(_ status: KPIStatus) -> String {
        switch status {
        case .green: "● " + StatusMark.word(status)
        case .amber: "▲ " + StatusMark.word(status)
        case .red: "◆ " + StatusMark.word(status)
        case .none: "– " + StatusMark.word(status)
        }
    }
}

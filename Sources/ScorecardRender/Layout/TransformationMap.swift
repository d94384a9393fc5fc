import ScorecardModel
import ScorecardResults

/// The CRM transformation map: the six stages left to right from product to customer focus,
/// each with its KPI count, status mix and internal/external balance.
struct TransformationMap {
    let context: LayoutContext

    func items(in area: Rect) -> [DrawItem] {
        var items: [DrawItem] = [
            .text(TextBox("CRM transformation map", in: area.sliceTop(16).slice, style: LayoutContext.heading)),
            .text(
                TextBox(
                    "Product focus  →  customer focus", in: Rect(x: area.x, y: area.y, width: area.width, height: 16),
                    style: LayoutContext.caption.aligned(.trailing))),
        ]
        let lane = Rect(x: area.x, y: area.y + 22, width: area.width, height: min(170, area.height - 40))
        let boxes = lane.columns(Stage.allCases.count, gap: 14)
        for (stage, box) in zip(Stage.allCases, boxes) {
            items += stageBox(stage, in: box)
        }
        for (left, right) in zip(boxes, boxes.dropFirst()) {
            let y = left.y + 16
            items.append(
                .polygon(
                    [
                        Point(x: left.maxX + 3, y: y - 4), Point(x: right.x - 3, y: y),
                        Point(x: left.maxX + 3, y: y + 4),
                    ], .faint))
        }
        let legendY = lane.maxY + 6
        items += legend(at: Rect(x: area.x, y: legendY, width: area.width, height: 12))
        return items
    }

    private func stageBox(_ stage: Stage, in box: Rect) -> [DrawItem] {
        let kpis = context.kpis(in: stage)
        var items: [DrawItem] = [
            .fill(box, .band),
            .fill(Rect(x: box.x, y: box.y, width: box.width, height: 3), .accent),
            .text(
                TextBox(
                    "\(stage.order + 1). \(stage.label)",
                    in: Rect(x: box.x + 6, y: box.y + 6, width: box.width - 12, height: 14),
                    style: LayoutContext.body.emphasized)),
            .text(
                TextBox(
                    "\(kpis.count)", in: Rect(x: box.x + 6, y: box.y + 22, width: box.width - 12, height: 30),
                    style: TextStyle(size: 24, bold: true, color: .accent))),
            .text(
                TextBox(
                    kpis.count == 1 ? "KPI" : "KPIs",
                    in: Rect(x: box.x + 6, y: box.y + 52, width: box.width - 12, height: 10),
                    style: LayoutContext.caption)),
        ]
        let inner = box.insetBy(dx: 6, dy: 0)
        items.append(
            .text(
                TextBox(
                    "Status mix", in: Rect(x: inner.x, y: box.y + 68, width: inner.width, height: 10),
                    style: LayoutContext.caption)))
        let counts = KPIStatus.allCases.map { status in (status, kpis.filter { $0.status == status }.count) }
        items += stackedBar(
            counts.map { ($0.1, StatusMark.color($0.0)) },
            in: Rect(x: inner.x, y: box.y + 80, width: inner.width, height: 8))
        var x = inner.x
        for (status, count) in counts where count > 0 {
            items.append(StatusMark.shape(status, center: Point(x: x + 3.5, y: box.y + 98), size: 6.5))
            items.append(
                .text(
                    TextBox(
                        "\(count)", in: Rect(x: x + 8, y: box.y + 92, width: 14, height: 12), style: LayoutContext.small
                    )))
            x += 24
        }
        let internalCount = kpis.filter { $0.focus == .internal }.count
        let externalCount = kpis.count - internalCount
        items.append(
            .text(
                TextBox(
                    "Internal / external", in: Rect(x: inner.x, y: box.y + 112, width: inner.width, height: 10),
                    style: LayoutContext.caption)))
        items += stackedBar(
            [(internalCount, .internalFocus), (externalCount, .externalFocus)],
            in: Rect(x: inner.x, y: box.y + 124, width: inner.width, height: 8))
        items.append(
            .text(
                TextBox(
                    "\(internalCount) internal · \(externalCount) external",
                    in: Rect(x: inner.x, y: box.y + 134, width: inner.width, height: 12),
                    style: LayoutContext.small)))
        return items
    }

    private func stackedBar(_ parts: [(Int, Color)], in rect: Rect) -> [DrawItem] {
        let total = parts.reduce(0) { $0 + $1.0 }
        guard total > 0 else { return [.stroke(rect, .rule, width: 0.5)] }
        var x = rect.x
        return parts.compactMap { count, color in
            guard count > 0 else { return nil }
            let width = rect.width * Double(count) / Double(total)
            defer { x += width }
            return .fill(Rect(x: x, y: rect.y, width: max(0, width - 0.6), height: rect.height), color)
        }
    }

    private func legend(at row: Rect) -> [DrawItem] {
        var items: [DrawItem] = []
        var x = row.x
        for status in KPIStatus.allCases {
            items.append(StatusMark.shape(status, center: Point(x: x + 4, y: row.midY), size: 7))
            items.append(
                .text(
                    TextBox(
                        StatusMark.word(status), in: Rect(x: x + 10, y: row.y, width: 60, height: row.height),
                        style: LayoutContext.caption)))
            x += 72
        }
        for (label, color) in [("Internal focus", Color.internalFocus), ("External focus", Color.externalFocus)] {
            items.append(.fill(Rect(x: x, y: row.midY - 3, width: 10, height: 6), color))
            items.append(
                .text(
                    TextBox(
                        label, in: Rect(x: x + 13, y: row.y, width: 70, height: row.height),
                        style: LayoutContext.caption)))
            x += 84
        }
        return items
    }
}

/// Turns a judged draft into a `CleanArticle`: the title, rejoined paragraphs
/// with their kinds, and the removed passages, all mapped to file offsets.
struct ArticleAssembler {
    let draft: Draft
    let article: Article

    /// The lead-sentence title is cut at a word boundary past this many characters.
    static let longestLeadTitle = 90

    func assemble() -> CleanArticle {
        let (paragraphs, leadText) = assembleParagraphs()
        let removed = draft.indices.compactMap { index -> RemovedPassage? in
            guard case .removed(let reason) = draft.verdicts[index] else { return nil }
            return RemovedPassage(text: draft.strings[index], range: fileRange(draft.units[index].sourceSpan),
                                  reason: reason)
        }
        let title: String
        let source: CleanArticle.TitleSource
        if let index = draft.titleIndex {
            title = Self.withoutSiteName(Self.plainSpaces(draft.strings[index]))
            source = .headline(fileRange(draft.units[index].sourceSpan))
        } else if let lead = leadText {
            title = Self.leadTitle(from: lead)
            source = .lead
        } else {
            title = "(untitled)"
            source = .none
        }
        return CleanArticle(id: article.id, title: title, titleSource: source,
                            byline: draft.bylines.isEmpty ? nil : Self.joinNames(draft.bylines),
                            paragraphs: paragraphs, removed: removed)
    }

    /// Kept units, page-break pieces stitched together, classified.
    private func assembleParagraphs() -> ([Paragraph], String?) {
        let kept = draft.indices.filter(draft.isOpen)
        var groups: [[Int]] = []
        for index in kept {
            if let previous = groups.last?.last, let group = groups.last,
               PageBreakJoiner.continues(draft.shapes[previous],
                                         firstIsHeading: draft.units[group[0]].headingLevel != nil,
                                         with: draft.shapes[index]) {
                groups[groups.count - 1].append(index)
            } else {
                groups.append([index])
            }
        }
        var paragraphs: [Paragraph] = []
        for (position, group) in groups.enumerated() {
            paragraphs.append(paragraph(of: group, isLast: position == groups.count - 1))
        }
        let lead = paragraphs.first(where: { $0.kind == .paragraph })?.text
        return (paragraphs, lead)
    }

    private func paragraph(of group: [Int], isLast: Bool) -> Paragraph {
        var text = MappedText()
        for index in group {
            let unit = draft.units[index]
            if !text.isEmpty {
                text.appendInserted([0x20], standingFor: unit.pieces[0].lowerBound..<unit.pieces[0].lowerBound)
            }
            text.append(unit.text)
        }
        let string = String(decoding: text.utf8, as: UTF8.self)
        let shape = group.count == 1 ? draft.shapes[group[0]] : UnitShape(string)
        let heading = HeadingClassifier.isHeading(shape, markupLevel: draft.units[group[0]].headingLevel,
                                                  isLast: isLast)
        return Paragraph(kind: heading ? .heading : .paragraph, text: string,
                         ranges: group.map { fileRange(draft.units[$0].sourceSpan) },
                         offsets: text.map.composed(with: article.text.offsets), wordCount: shape.wordCount)
    }

    private func fileRange(_ span: Range<Int>) -> ByteRange {
        article.text.offsets.sourceRange(of: span)
    }

    /// A title is a label: no-break and other spaces read as plain ones there,
    /// while body text keeps them.
    static func plainSpaces(_ string: String) -> String {
        // Every space but U+0020 is a control byte or starts beyond ASCII.
        guard string.utf8.contains(where: { $0 >= 0x80 || ($0 >= 0x09 && $0 <= 0x0D) }) else { return string }
        return String(String.UnicodeScalarView(string.unicodeScalars.map { UTF8Scalars.isSpace($0) ? " " : $0 }))
    }

    /// "Headline | Site Name" → "Headline".
    static func withoutSiteName(_ title: String) -> String {
        // Most titles have no bar: Foundation's search is not worth starting for them.
        guard title.utf8.contains(UInt8(ascii: "|")), let bar = title.range(of: " | ", options: .backwards) else { return title }
        let head = title[..<bar.lowerBound], tail = title[bar.upperBound...]
        return tail.split(separator: " ").count <= 4 && head.split(separator: " ").count >= 3 ? String(head) : title
    }

    /// The lead's first sentence, cut at a word boundary when long.
    static func leadTitle(from lead: String) -> String {
        var sentence = Substring(lead)
        var previous: Character = " "
        for index in lead.indices {
            let ch = lead[index]
            if ".!?".contains(previous), ch == " ", lead.distance(from: lead.startIndex, to: index) >= 20 {
                sentence = lead[..<index]
                break
            }
            previous = ch
        }
        guard sentence.count > longestLeadTitle else { return String(sentence) }
        let cut = sentence.prefix(longestLeadTitle)
        let boundary = cut.lastIndex(of: " ") ?? cut.endIndex
        return cut[..<boundary].trimmingCharacters(in: ",;:–—-") + "…"
    }

    static func joinNames(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}

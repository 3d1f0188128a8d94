import ArgumentParser
import Dispatch
import Foundation
import TandemKit

/// Evaluates the bundled claim model: F1 on CheckThat! 2024 dev-test and mean
/// average precision over the CheckThat! 2019 test debates.
struct CheckWorthiness: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "F1 of the check-worthy class on CT24 dev-test; MAP over the 7 CT19 test documents."
    )

    @Argument(help: "The claims folder, e.g. ../shared/bench/claims") var directory: String
    @Option(help: "Evaluate this model file instead of the bundled one.") var model: String?

    func run() async throws {
        let model = try self.model.map { path in
            guard let text = try? String(contentsOfFile: path, encoding: .utf8), let model = ClaimModel(serialized: text) else {
                throw ValidationError("\(path): not a claim model")
            }
            return model
        } ?? ClaimModel.bundled
        let root = URL(fileURLWithPath: directory)
        let devTest = try CheckWorthinessData.readTSV(
            root.appendingPathComponent("ct24_english/CT24_checkworthy_english_dev-test.tsv").path)
        let start = DispatchTime.now().uptimeNanoseconds
        let f1 = try await devTest.f1(model)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(String(format: "CT24 dev-test: %d sentences, F1 (check-worthy) %.3f, scored in %.2f s",
                     devTest.sentences.count, f1, seconds))
        let documents = try CT19File.read(root.appendingPathComponent("ct19_task1/CT19-T1-Test.csv").path)
        var precisions: [Double] = []
        for (name, rows) in documents.sorted(by: { $0.key < $1.key }) {
            let scores = rows.map { model.score($0.text) }
            let precision = Self.averagePrecision(scores: scores, labels: rows.map(\.label))
            precisions.append(precision)
            print(String(format: "  %@: %d sentences, %d check-worthy, AP %.3f", name, rows.count,
                         rows.filter(\.label).count, precision))
        }
        print(String(format: "CT19 test: MAP %.3f over %d documents", precisions.reduce(0, +) / Double(precisions.count),
                     precisions.count))
    }

    /// Mean of the precision at each check-worthy sentence, ranked by score.
    static func averagePrecision(scores: [Double], labels: [Bool]) -> Double {
        let ranked = scores.indices.sorted { scores[$0] > scores[$1] }
        var found = 0, sum = 0.0
        for (rank, index) in ranked.enumerated() where labels[index] {
            found += 1
            sum += Double(found) / Double(rank + 1)
        }
        return found > 0 ? sum / Double(found) : 0
    }
}

/// CheckThat! 2019 task 1: CSV `line_number,speaker,text,label,file_name`.
enum CT19File {
    struct Row { let text: String; let label: Bool }

    static func read(_ path: String) throws -> [String: [Row]] {
        guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("\(path): cannot read") }
        var documents: [String: [Row]] = [:]
        for record in records(String(decoding: data, as: UTF8.self)).dropFirst() where record.count >= 5 {
            documents[record[4], default: []].append(Row(text: record[2], label: record[3] == "1"))
        }
        return documents
    }

    /// RFC 4180 records: quoted fields may hold commas, quotes (doubled) and newlines.
    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, iterator = text.makeIterator()
        while let c = iterator.next() {
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else {
                            quoted = false
                            if next == "," { record.append(field); field = "" } else if next.isNewline {
                                record.append(field); records.append(record); record = []; field = ""
                            } else { field.append(next) }
                        }
                    } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" && field.isEmpty { quoted = true
            } else if c == "," { record.append(field); field = ""
            } else if c.isNewline { record.append(field); records.append(record); record = []; field = ""
            } else { field.append(c) }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}

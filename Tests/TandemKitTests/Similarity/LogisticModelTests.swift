import Testing
import TestSupport
@testable import TandemKit

@Suite struct LogisticModelTests {
    @Test func trainingSeparatesSeparableDataAndPicksAThresholdBetween() {
        var random = SplitMix64(seed: 7)
        var examples: [[Double]] = [], labels: [Bool] = []
        for _ in 0..<400 {
            let label = Bool.random(using: &random)
            let x = Double.random(in: 0...1, using: &random) * 0.4 + (label ? 0.6 : 0)
            let noise = Double.random(in: 0...1, using: &random)
            examples.append([x, noise])
            labels.append(label)
        }
        let model = LogisticModel.train(features: ["signal", "noise"], examples: examples, labels: labels)
        let accuracy = zip(examples, labels).filter { (model.probability($0) >= model.threshold) == $1 }.count
        #expect(accuracy == examples.count)
        #expect(abs(model.weights[0]) > 5 * abs(model.weights[1]))
    }
}

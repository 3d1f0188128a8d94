import Foundation

/// A logistic regression over standardized features, with the decision threshold
/// chosen on the training data. Stored as JSON so that training is reproducible
/// and the shipped weights are readable.
struct LogisticModel: Codable, Sendable {
    var features: [String]
    var mean: [Double]
    var scale: [Double]
    var weights: [Double]
    var bias: Double
    var threshold: Double

    /// The probability that the label is true.
    func probability(_ x: [Double]) -> Double {
        var z = bias
        for i in weights.indices { z += weights[i] * (x[i] - mean[i]) / scale[i] }
        return 1 / (1 + exp(-z))
    }

    /// Fits by Newton's method (iteratively reweighted least squares) with an L2
    /// penalty, then picks the threshold that maximizes training accuracy.
    /// - Complexity: O(*i*·*n*·*d*²), *i* iterations, *n* examples, *d* features.
    static func train(features: [String], examples: [[Double]], labels: [Bool],
                      l2: Double = 1.0, iterations: Int = 25) -> LogisticModel {
        let d = features.count
        let n = Double(examples.count)
        var mean = [Double](repeating: 0, count: d), scale = [Double](repeating: 1, count: d)
        for j in 0..<d {
            mean[j] = examples.reduce(0) { $0 + $1[j] } / n
            let variance = examples.reduce(0) { $0 + ($1[j] - mean[j]) * ($1[j] - mean[j]) } / n
            scale[j] = variance > 1e-12 ? variance.squareRoot() : 1
        }
        let xs = examples.map { x in [1.0] + (0..<d).map { (x[$0] - mean[$0]) / scale[$0] } }
        var beta = [Double](repeating: 0, count: d + 1)
        for _ in 0..<iterations {
            var gradient = [Double](repeating: 0, count: d + 1)
            var hessian = [[Double]](repeating: [Double](repeating: 0, count: d + 1), count: d + 1)
            for (x, label) in zip(xs, labels) {
                let p = 1 / (1 + exp(-zip(beta, x).reduce(0) { $0 + $1.0 * $1.1 }))
                let residual = (label ? 1 : 0) - p
                let w = max(p * (1 - p), 1e-9)
                for a in 0...d {
                    gradient[a] += residual * x[a]
                    for b in a...d { hessian[a][b] += w * x[a] * x[b] }
                }
            }
            for a in 1...d {
                gradient[a] -= l2 * beta[a]
                hessian[a][a] += l2
            }
            for a in 0...d { for b in 0..<a { hessian[a][b] = hessian[b][a] } }
            let step = solve(hessian, gradient)
            for a in 0...d { beta[a] += step[a] }
            if step.map(abs).max() ?? 0 < 1e-8 { break }
        }
        var model = LogisticModel(features: features, mean: mean, scale: scale, weights: Array(beta[1...]),
                                  bias: beta[0], threshold: 0.5)
        model.threshold = bestThreshold(model: model, examples: examples, labels: labels)
        return model
    }

    private static func bestThreshold(model: LogisticModel, examples: [[Double]], labels: [Bool]) -> Double {
        let scored = zip(examples.map(model.probability), labels).sorted { $0.0 < $1.0 }
        var correct = labels.filter { $0 }.count // threshold below everything: all predicted true
        var best = (accuracy: correct, threshold: 0.0)
        for (index, (probability, label)) in scored.enumerated() {
            correct += label ? -1 : 1
            let next = index + 1 < scored.count ? scored[index + 1].0 : 1
            if correct > best.accuracy { best = (correct, (probability + next) / 2) }
        }
        return best.threshold
    }

    /// Solves `a · x = b` by Gaussian elimination with partial pivoting.
    private static func solve(_ a: [[Double]], _ b: [Double]) -> [Double] {
        var m = a, v = b
        let n = v.count
        for col in 0..<n {
            let pivot = (col..<n).max { abs(m[$0][col]) < abs(m[$1][col]) }!
            m.swapAt(col, pivot)
            v.swapAt(col, pivot)
            guard abs(m[col][col]) > 1e-12 else { continue }
            for row in (col + 1)..<n {
                let factor = m[row][col] / m[col][col]
                guard factor != 0 else { continue }
                for k in col..<n { m[row][k] -= factor * m[col][k] }
                v[row] -= factor * v[col]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            guard abs(m[row][row]) > 1e-12 else { continue }
            var sum = v[row]
            for k in (row + 1)..<n { sum -= m[row][k] * x[k] }
            x[row] = sum / m[row][row]
        }
        return x
    }
}

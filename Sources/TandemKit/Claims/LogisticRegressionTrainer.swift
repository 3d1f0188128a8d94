import Foundation

/// L2-regularised logistic regression on sparse rows, fitted by L-BFGS.
///
/// Minimises Σ cᵢ·log(1 + e^(−yᵢ·(w·xᵢ + b))) + ‖w‖² / (2C), with class weights
/// cᵢ that give both classes the same total weight (check-worthy sentences are
/// a quarter of the data) and an unpenalised bias. Deterministic: the same data
/// gives the same weights.
struct LogisticRegressionTrainer {
    /// Inverse regularisation strength: larger fits the training data closer.
    var inverseRegularization = 1.0
    var maximumIterations = 500
    /// Stop when the gradient's largest entry falls below this.
    var tolerance = 1e-5
    /// Corrections L-BFGS remembers.
    var memory = 10

    /// - Returns: the weights, one per column, and the bias.
    /// - Complexity: O(*i*·(*z* + *m*·*d*)), *i* iterations, *z* stored entries,
    ///   *d* columns, *m* the memory.
    func fit(_ x: SparseMatrix, labels: [Bool]) -> (weights: [Double], bias: Double) {
        let positives = Double(labels.filter { $0 }.count), n = Double(labels.count)
        let classWeight = (true: n / (2 * max(positives, 1)), false: n / (2 * max(n - positives, 1)))
        let sampleWeights = labels.map { $0 ? classWeight.true : classWeight.false }
        let d = x.columnCount
        func objective(_ theta: [Double]) -> (Double, [Double]) {
            var loss = 0.0
            var gradient = [Double](repeating: 0, count: d + 1)
            for row in 0..<x.rowCount {
                let z = x.dot(row: row, theta) + theta[d]
                let y = labels[row] ? 1.0 : -1.0
                let margin = y * z
                loss += sampleWeights[row] * (margin > 0 ? log1p(exp(-margin)) : -margin + log1p(exp(margin)))
                let g = -y * sampleWeights[row] / (1 + exp(margin))
                x.add(row: row, times: g, to: &gradient)
                gradient[d] += g
            }
            for j in 0..<d {
                loss += theta[j] * theta[j] / (2 * inverseRegularization)
                gradient[j] += theta[j] / inverseRegularization
            }
            return (loss, gradient)
        }
        let theta = minimize(objective, start: [Double](repeating: 0, count: d + 1))
        return (Array(theta[0..<d]), theta[d])
    }

    /// Limited-memory BFGS with a backtracking (Armijo) line search.
    private func minimize(_ f: ([Double]) -> (Double, [Double]), start: [Double]) -> [Double] {
        var x = start
        var (value, gradient) = f(x)
        var steps: [[Double]] = [], changes: [[Double]] = [], rhos: [Double] = []
        for _ in 0..<maximumIterations {
            if gradient.map(abs).max() ?? 0 < tolerance { break }
            let direction = searchDirection(gradient, steps, changes, rhos).map { -$0 }
            let slope = dot(direction, gradient)
            guard slope < 0 else { steps.removeAll(); changes.removeAll(); rhos.removeAll(); continue }
            var length = steps.isEmpty ? min(1, 1 / (gradient.map(abs).max() ?? 1)) : 1.0
            var candidate = x, next = (value, gradient)
            for _ in 0..<40 {
                candidate = zip(x, direction).map { $0 + length * $1 }
                next = f(candidate)
                if next.0 <= value + 1e-4 * length * slope { break }
                length /= 2
            }
            let step = zip(candidate, x).map { $0 - $1 }, change = zip(next.1, gradient).map { $0 - $1 }
            let curvature = dot(step, change)
            if curvature > 1e-12 {
                steps.append(step); changes.append(change); rhos.append(1 / curvature)
                if steps.count > memory { steps.removeFirst(); changes.removeFirst(); rhos.removeFirst() }
            }
            let improvement = value - next.0
            x = candidate
            (value, gradient) = next
            if improvement >= 0, improvement < 1e-10 * max(1, abs(value)) { break }
        }
        return x
    }

    /// The two-loop recursion: the inverse Hessian estimate times `gradient`.
    private func searchDirection(_ gradient: [Double], _ steps: [[Double]], _ changes: [[Double]],
                                 _ rhos: [Double]) -> [Double] {
        var q = gradient
        var alphas = [Double](repeating: 0, count: steps.count)
        for i in steps.indices.reversed() {
            alphas[i] = rhos[i] * dot(steps[i], q)
            for j in q.indices { q[j] -= alphas[i] * changes[i][j] }
        }
        if let s = steps.last, let y = changes.last {
            let gamma = dot(s, y) / dot(y, y)
            for j in q.indices { q[j] *= gamma }
        }
        for i in steps.indices {
            let beta = rhos[i] * dot(changes[i], q)
            for j in q.indices { q[j] += (alphas[i] - beta) * steps[i][j] }
        }
        return q
    }

    private func dot(_ a: [Double], _ b: [Double]) -> Double {
        var sum = 0.0
        for i in a.indices { sum += a[i] * b[i] }
        return sum
    }
}

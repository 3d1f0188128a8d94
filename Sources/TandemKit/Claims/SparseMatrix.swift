/// Rows of sparse feature vectors in compressed-row form: what the claim model
/// is trained on.
struct SparseMatrix: Sendable {
    private(set) var rowStarts: [Int] = [0]
    private(set) var columns: [Int32] = []
    private(set) var values: [Double] = []
    let columnCount: Int

    init(columnCount: Int) { self.columnCount = columnCount }

    var rowCount: Int { rowStarts.count - 1 }

    mutating func append(row: [(column: Int, value: Double)]) {
        for (column, value) in row {
            columns.append(Int32(column))
            values.append(value)
        }
        rowStarts.append(columns.count)
    }

    /// The dot product of a row with a dense vector.
    func dot(row: Int, _ vector: [Double]) -> Double {
        var sum = 0.0
        for k in rowStarts[row]..<rowStarts[row + 1] { sum += values[k] * vector[Int(columns[k])] }
        return sum
    }

    /// Adds `factor` times a row to a dense vector.
    func add(row: Int, times factor: Double, to vector: inout [Double]) {
        for k in rowStarts[row]..<rowStarts[row + 1] { vector[Int(columns[k])] += factor * values[k] }
    }
}

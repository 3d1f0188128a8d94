/// Names of articles for narrow places (badges, headers, notes): the file name
/// without its extension, cut to its leading number when it has one
/// ("000_40030c20fa9a20db.txt" → "000"), after its folder ("tech/127"), and
/// after as many more folders as it takes to tell it from every other
/// article ("08.12.99/thomas/thomas1" beside "22.11.99/thomas/thomas1").
enum ShortNames {
    /// - Complexity: O(*n*·*d*), *n* ids at most *d* folders deep.
    static func make(_ ids: [String]) -> [String] {
        let components = ids.map(components(of:))
        var depth = components.map { min(2, $0.count) }
        var names = zip(components, depth).map(name)
        while true {
            var lengthened = false
            for members in Dictionary(grouping: names.indices, by: { names[$0] }).values where members.count > 1 {
                for member in members where depth[member] < components[member].count {
                    depth[member] += 1
                    names[member] = name(components[member], depth[member])
                    lengthened = true
                }
            }
            if !lengthened { return names }
        }
    }

    /// The id's folders and its file name, shortened.
    private static func components(of id: String) -> [String] {
        var parts = id.split(separator: "/").map(String.init)
        guard var file = parts.popLast() else { return [] }
        if let dot = file.lastIndex(of: "."), dot != file.startIndex { file = String(file[..<dot]) }
        if let underscore = file.firstIndex(of: "_"), file[..<underscore].allSatisfy(\.isNumber) {
            file = String(file[..<underscore])
        }
        return parts + [String(file.prefix(24))]
    }

    private static func name(_ components: [String], _ depth: Int) -> String {
        components.suffix(depth).joined(separator: "/")
    }
}

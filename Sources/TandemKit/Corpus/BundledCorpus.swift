import Foundation

/// The five seed articles shipped inside the package, so `tandem` with no path
/// opens them from any working directory.
public enum BundledCorpus {
    /// The folder of the bundled seeds, or nil if the resource bundle is missing.
    public static var seedsPath: String? {
        Bundle.module.url(forResource: "seeds", withExtension: nil)?.path
    }
}

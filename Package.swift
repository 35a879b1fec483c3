// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "Quire",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "QuireKit", targets: ["QuireCore", "QuireImport", "QuireCoding", "QuireStore", "QuireExport", "QuireXML", "QuireREFI"]),
    .executable(name: "quire", targets: ["quire"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    // C libraries
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    .systemLibrary(
      name: "CLibCrypto",
      pkgConfig: "libcrypto",
      providers: [.apt(["libssl-dev"]), .brew(["openssl"])]
    ),
    .systemLibrary(name: "CSQLiteConfig"),
    // Core library
    .target(name: "QuireXML", dependencies: ["CLibXML2"]),
    .target(name: "QuireCore", dependencies: ["CLibCrypto"]),
    .target(
      name: "QuireImport",
      dependencies: ["QuireCore", "QuireXML", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
    .target(
      name: "QuireCoding",
      dependencies: ["QuireCore", .product(name: "Yams", package: "Yams")],
      // Regexes run through the ICU that Foundation ships with the toolchain (`_FoundationICU`,
      // the engine behind `NSRegularExpression` there): its C API matches UTF-8 in place.
      linkerSettings: [.linkedLibrary("_FoundationICU", .when(platforms: [.linux]))]
    ),
    .target(
      name: "QuireStore",
      dependencies: [
        "QuireCore", "CSQLiteConfig", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]
    ),
    .target(
      name: "QuireExport",
      dependencies: ["QuireCore", "QuireXML", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
    .target(
      name: "QuireREFI",
      dependencies: [
        "QuireCore", "QuireXML", "QuireImport", "QuireCoding", "QuireStore", "QuireExport",
      ]
    ),
    // The command-line tool
    .executableTarget(
      name: "quire",
      dependencies: [
        "QuireCore", "QuireImport", "QuireCoding", "QuireStore", "QuireExport", "QuireREFI",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Tests
    .testTarget(
      name: "QuireTests",
      dependencies: [
        "QuireCore", "QuireImport", "QuireCoding", "QuireStore", "QuireExport", "QuireXML", "QuireREFI", "quire",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      exclude: ["Snapshots"],
      resources: [.copy("Fixtures")]
    ),
  ],
  swiftLanguageModes: [.v6]
)

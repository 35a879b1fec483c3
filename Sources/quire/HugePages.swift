import Foundation

#if os(Linux)
  import Glibc
#endif

/// Asks glibc's allocator for transparent huge pages, by starting `quire` again with the tunable
/// set: glibc reads its tunables only when a program starts.
///
/// Why: a large import or coding run touches one to two gigabytes of fresh memory, and the system
/// must fault in and zero every page of it. Where transparent huge pages are on "madvise" (the
/// usual default), memory is faulted 4 KB at a time unless the program asks; with
/// `glibc.malloc.hugetlb=1` the allocator asks for its heaps, and a fault fills 2 MB. Measured on
/// the 2-core VM: touching 1 GB of fresh memory took 0.40–1.10 s in 4 KB pages and 0.11–0.13 s
/// in huge pages; importing the million-tweet archive, system time 3.8–5.2 → 2.2–2.5 s.
///
/// Only the commands that read or write a whole project start again, and only for a large one
/// (the project file, or for an import the files it reads, of 256 MB or more): a second start
/// costs about 16 ms, which a small job only loses (100,000 tweets gained nothing). Nothing is done
/// where huge pages are always on (no need) or off (no use), on other systems, when the tunable
/// is already set (the second start, or a user's own choice), or when `QUIRE_HUGEPAGES=0`. If the
/// new start fails, the command simply runs in this process.
enum HugePages {
  static let largeCommands: Set<String> = ["import", "code", "quotes", "report", "export"]
  /// From this many bytes of input on.
  static let largeFrom = 256 << 20

  /// Whether the command's input is large: its project file, and for an import the files named
  /// (a folder's files summed, up to the threshold).
  static func isLarge(_ args: [String], environment env: [String: String]) -> Bool {
    var project = env["QUIRE_PROJECT"].flatMap { $0.isEmpty ? nil : $0 } ?? "project.quire"
    var operands: [String] = []
    var k = 2
    while k < args.count {
      let a = args[k]
      if a == "--project", k + 1 < args.count {
        project = args[k + 1]
        k += 2
        continue
      }
      if a.hasPrefix("--project=") {
        project = String(a.dropFirst("--project=".count))
      } else if !a.hasPrefix("-") {
        operands.append(a)
      }
      k += 1
    }
    var total = size(of: project)
    if args[1] == "import" {
      for o in operands where total < largeFrom { total += size(of: o) }
    }
    return total >= largeFrom
  }

  /// A file's size, or the sum of a folder's files' (stopping at the threshold); 0 when missing.
  static func size(of path: String) -> Int {
    let fm = FileManager.default
    var isDir: ObjCBool = false
    guard fm.fileExists(atPath: path, isDirectory: &isDir) else { return 0 }
    if !isDir.boolValue { return ((try? fm.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0 }
    var total = 0
    guard let walk = fm.enumerator(at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.fileSizeKey, .isRegularFileKey]) else {
      return 0
    }
    for case let url as URL in walk {
      guard let v = try? url.resourceValues(forKeys: [.fileSizeKey, .isRegularFileKey]), v.isRegularFile == true else { continue }
      total += v.fileSize ?? 0
      if total >= largeFrom { break }
    }
    return total
  }

  static func restartWithHugePagesIfUseful() {
    #if os(Linux)
      guard CommandLine.arguments.count > 1, largeCommands.contains(CommandLine.arguments[1]) else { return }
      let env = ProcessInfo.processInfo.environment
      if env["QUIRE_HUGEPAGES"] == "0" { return }
      let tunables = env["GLIBC_TUNABLES"] ?? ""
      if tunables.contains("glibc.malloc.hugetlb") { return }
      guard let mode = try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8),
        mode.contains("[madvise]"), isLarge(CommandLine.arguments, environment: env)
      else { return }
      let value = tunables.isEmpty ? "glibc.malloc.hugetlb=1" : tunables + ":glibc.malloc.hugetlb=1"
      guard setenv("GLIBC_TUNABLES", value, 1) == 0 else { return }
      _ = execv("/proc/self/exe", CommandLine.unsafeArgv)
      // Still here: the new start failed; carry on as we are, without the tunable.
      if tunables.isEmpty { unsetenv("GLIBC_TUNABLES") } else { setenv("GLIBC_TUNABLES", tunables, 1) }
    #endif
  }
}

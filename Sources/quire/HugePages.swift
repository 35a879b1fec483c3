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
/// Only the commands that read or write a whole project start again (a second start costs about
/// 16 ms: a small command, such as loading a codebook, would only be slower). Nothing is done
/// where huge pages are always on (no need) or off (no use), on other systems, when the tunable
/// is already set (the second start, or a user's own choice), or when `QUIRE_HUGEPAGES=0`. If the
/// new start fails, the command simply runs in this process.
enum HugePages {
  static let largeCommands: Set<String> = ["import", "code", "quotes", "report", "export", "demo"]

  static func restartWithHugePagesIfUseful() {
    #if os(Linux)
      guard CommandLine.arguments.count > 1, largeCommands.contains(CommandLine.arguments[1]) else { return }
      let env = ProcessInfo.processInfo.environment
      if env["QUIRE_HUGEPAGES"] == "0" { return }
      let tunables = env["GLIBC_TUNABLES"] ?? ""
      if tunables.contains("glibc.malloc.hugetlb") { return }
      guard let mode = try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8),
        mode.contains("[madvise]")
      else { return }
      let value = tunables.isEmpty ? "glibc.malloc.hugetlb=1" : tunables + ":glibc.malloc.hugetlb=1"
      guard setenv("GLIBC_TUNABLES", value, 1) == 0 else { return }
      _ = execv("/proc/self/exe", CommandLine.unsafeArgv)
      // Still here: the new start failed; carry on as we are, without the tunable.
      if tunables.isEmpty { unsetenv("GLIBC_TUNABLES") } else { setenv("GLIBC_TUNABLES", tunables, 1) }
    #endif
  }
}

import ArgumentParser
import Foundation
import QuireCore

/// The `quire` command: import research material, code it with a codebook, export quotes.
struct Quire: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quire",
    abstract: "Qualitative coding for interview transcripts and tweet archives.",
    discussion: """
      A project is one SQLite file (default ./project.quire, or $QUIRE_PROJECT). Typical use:
        quire init
        quire import interviews/ archive/data/tweets.js
        quire codebook load Codebooks/teachers-on-twitter.yml
        quire code
        quire quotes --format csv --out quotes.csv
        quire report --out report.html
      Exit status: 0 on success, 1 on bad input or a failed step, 2 on wrong usage.
      """,
    version: "0.1.0",
    subcommands: [
      Init.self, Import.self, Sources.self, Cases.self, CodebookCommand.self, Code.self, Mark.self, Review.self,
      Agree.self, Matrix.self, Quotes.self, Report.self, Cite.self, Export.self, Demo.self,
    ])
}

/// `--project`, shared by every subcommand.
struct ProjectOptions: ParsableArguments {
  @Option(name: .long, help: "The project file (default: $QUIRE_PROJECT or ./project.quire).")
  var project: String?

  var path: String {
    if let project { return project }
    if let env = ProcessInfo.processInfo.environment["QUIRE_PROJECT"], !env.isEmpty { return env }
    return "project.quire"
  }
}

/// Prints to standard error.
func warn(_ message: String) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
}

@main
enum Main {
  static func main() async {
    HugePages.restartWithHugePagesIfUseful()
    do {
      var command = try Quire.parseAsRoot()
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch let error as QuireError {
      warn(error.description)
      exit(1)
    } catch let error as ExitCode {
      exit(error.rawValue)
    } catch {
      let code = Quire.exitCode(for: error)
      if code == .validationFailure {
        // Wrong usage: the message and usage on stderr, exit 2 (DESIGN §5).
        warn(Quire.fullMessage(for: error))
        exit(2)
      }
      Quire.exit(withError: error)
    }
  }
}

import ArgumentParser
import QuireStore

extension Quire {
  struct Init: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Create a new, empty project file.",
      discussion: "Fails if a file already exists at the path, so no project is ever overwritten.")

    @OptionGroup var options: ProjectOptions

    func run() async throws {
      _ = try ProjectStore.create(at: options.path)
      print("Created project \(options.path)")
    }
  }
}

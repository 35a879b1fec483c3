internal import CLibXML2

/// A node of a parsed XML tree, in plain Swift values.
public enum XMLNode: Sendable {
  case element(XMLElement)
  case text(String)
}

/// An element: its local name, namespace URI, attributes (by local name) and children.
public struct XMLElement: Sendable {
  public var name: String
  public var namespace: String?
  public var attributes: [String: String]
  public var children: [XMLNode]
  /// The line the element starts on in its file (0 when unknown).
  public var line: Int = 0

  /// Child elements with this local name.
  public func elements(_ name: String) -> [XMLElement] {
    children.compactMap { if case .element(let e) = $0, e.name == name { return e } else { return nil } }
  }

  /// The first child element with this local name.
  public func element(_ name: String) -> XMLElement? { elements(name).first }

  /// All text below this element, in document order.
  public var text: String {
    var out = ""
    for c in children {
      switch c {
      case .text(let t): out += t
      case .element(let e): out += e.text
      }
    }
    return out
  }

  /// Every descendant element with this local name, in document order.
  public func descendants(_ name: String) -> [XMLElement] {
    var out: [XMLElement] = []
    for c in children {
      if case .element(let e) = c {
        if e.name == name { out.append(e) }
        out += e.descendants(name)
      }
    }
    return out
  }
}

extension XMLDoc {
  /// The document as a tree of values (comments and processing instructions left out).
  public var tree: XMLElement? {
    guard let root = xmlDocGetRootElement(docPointer) else { return nil }
    return Self.convert(root, depth: 0)
  }

  static func convert(_ node: xmlNodePtr, depth: Int) -> XMLElement {
    var e = XMLElement(
      name: String(cString: node.pointee.name), namespace: node.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } },
      attributes: [:], children: [], line: Int(xmlGetLineNo(node)))
    var attr = node.pointee.properties
    while let a = attr {
      let name = String(cString: a.pointee.name)
      if let v = xmlNodeGetContent(UnsafeMutableRawPointer(a).assumingMemoryBound(to: xmlNode.self)) {
        e.attributes[name] = String(cString: v)
        clibxml2_free(v)
      }
      attr = a.pointee.next
    }
    guard depth < 256 else { return e }
    var child = node.pointee.children
    while let c = child {
      switch c.pointee.type {
      case XML_ELEMENT_NODE: e.children.append(.element(convert(c, depth: depth + 1)))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = c.pointee.content { e.children.append(.text(String(cString: content))) }
      case XML_ENTITY_REF_NODE:
        break  // entities are never expanded
      default: break
      }
      child = c.pointee.next
    }
    return e
  }
}

// The documentation rule: every public export (what a user can import from a package's entry point, including the
// members of exported namespaces) carries a doc comment. Class members and interface fields are the author's call.
import { ReflectionKind, type DeclarationReflection, type ProjectReflection, type Reflection } from "typedoc"

/** One export without a doc comment. */
export interface UndocumentedExport {
  readonly packageName: string
  /** `BeeperDesktop`, `Schemas.Chat` (namespace members are dotted). */
  readonly name: string
  /** `Class`, `Function`, `Variable`, `Type alias`, ... */
  readonly kind: string
  /** `packages/core/src/client.ts:12`. */
  readonly source: string | undefined
}

const exportKinds = ReflectionKind.Class | ReflectionKind.Interface | ReflectionKind.TypeAlias | ReflectionKind.Function |
  ReflectionKind.Variable | ReflectionKind.Enum | ReflectionKind.Namespace

/** A comment with some text (a bare `@since` tag or an empty block does not count). */
const hasText = (reflection: Reflection): boolean => {
  const comment = reflection.comment
  if (comment === undefined) return false
  return comment.summary.some((part) => part.text.trim() !== "") || comment.blockTags.some((tag) => tag.tag !== "@since" && tag.content.some((part) => part.text.trim() !== ""))
}

const isDocumented = (reflection: DeclarationReflection): boolean =>
  hasText(reflection) ||
  (reflection.signatures ?? []).some(hasText) ||
  (reflection.type?.type === "reflection" && (reflection.type.declaration.signatures ?? []).some(hasText))

const sourceOf = (reflection: DeclarationReflection): string | undefined => {
  const source = reflection.sources?.[0]
  return source === undefined ? undefined : `${source.fileName}:${source.line}`
}

/** Every export of every package module of the project that has no doc comment, in package and name order. */
export const undocumentedExports = (project: ProjectReflection): ReadonlyArray<UndocumentedExport> => {
  const found: Array<UndocumentedExport> = []
  const visit = (packageName: string, prefix: string, container: { readonly children?: ReadonlyArray<DeclarationReflection> | undefined }) => {
    for (const child of container.children ?? []) {
      if (!child.kindOf(exportKinds)) continue
      const name = `${prefix}${child.name}`
      if (!isDocumented(child)) found.push({ packageName, name, kind: ReflectionKind.singularString(child.kind), source: sourceOf(child) })
      if (child.kindOf(ReflectionKind.Namespace)) visit(packageName, `${name}.`, child)
    }
  }
  // With one TypeDoc module per package (entryPointStrategy "packages"), the project's children are the packages.
  const packages = (project.children ?? []).filter((child) => child.kindOf(ReflectionKind.Module))
  if (packages.length === 0) visit(project.name, "", project)
  for (const pkg of packages) visit(pkg.name, "", pkg)
  return found.sort((a, b) => a.packageName.localeCompare(b.packageName) || a.name.localeCompare(b.name))
}

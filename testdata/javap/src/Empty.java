// Smallest possible class: only the implicit default constructor (package-private class).
class Empty {
}

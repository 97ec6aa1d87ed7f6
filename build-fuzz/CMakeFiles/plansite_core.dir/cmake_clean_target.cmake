file(REMOVE_RECURSE
  "libplansite_core.a"
)

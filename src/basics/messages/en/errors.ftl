### Error messages: what went wrong, in plain words, and what to do.
### Each says whether anything was changed (usually: nothing was).

error-language-unknown = Steady has no words in “{ $tag }” yet. Choose one of the languages listed.

"""Rule packs and the concept lexicon, shipped as data (installed as ``claimcheck.rules``)."""

# System gems (Debian ruby-railties), no Gemfile: nothing to set up.

require_relative "application"
# The one-boot tests count the app's boots from the host: one line per boot, when log/boots.log exists.
boots = File.expand_path("../log/boots.log", __dir__)
File.open(boots, "a") { |f| f.puts("boot #{Process.pid}") } if File.exist?(boots)
Rails.application.initialize!

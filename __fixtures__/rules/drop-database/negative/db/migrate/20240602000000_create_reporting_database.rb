class CreateReportingDatabase < ActiveRecord::Migration[6.1]
  def up
    # DROP DATABASE reporting_copy would lose it all
    execute "CREATE DATABASE reporting_copy"
  end

  def down
    execute "DROP DATABASE reporting_copy"
  end
end

class VacuumFullOrdersSafe < ActiveRecord::Migration[7.1]
  # VACUUM FULL orders is what we avoid
  def up
    say "VACUUM FULL orders would lock the table"
    execute "VACUUM (ANALYZE) orders"
  end

  def down
    execute "VACUUM FULL orders"
  end
end

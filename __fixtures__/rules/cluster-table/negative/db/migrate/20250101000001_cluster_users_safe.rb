class ClusterUsersSafe < ActiveRecord::Migration[7.1]
  # CLUSTER users USING users_pkey is what we avoid
  def up
    say "CLUSTER users USING users_pkey would lock the table"
    execute "ANALYZE users"
  end

  def down
    execute "CLUSTER users USING users_pkey"
  end
end

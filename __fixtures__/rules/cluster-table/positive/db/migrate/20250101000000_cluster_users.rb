class ClusterUsers < ActiveRecord::Migration[7.1]
  def up
    execute "CLUSTER users USING users_pkey" # mg:expect
  end

  def down
  end
end

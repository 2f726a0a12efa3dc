# Destructive: deletes rows. Runs forward only.
class PurgeGuestCarts < ActiveRecord::Migration[6.1]
  def up
    execute "DELETE FROM carts WHERE guest = true"
  end

  def down
    raise ActiveRecord::IrreversibleMigration
  end
end

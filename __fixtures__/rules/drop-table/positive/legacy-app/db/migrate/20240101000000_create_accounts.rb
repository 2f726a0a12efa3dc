class CreateAccounts < ActiveRecord::Migration[6.1]
  def up
    create_table :accounts do |t|
      t.string :name, limit: 50
    end
    # The first migration of the folder has no history: nothing shows `sessions` never existed.
    drop_table :sessions, if_exists: true # mg:expect
  end
end

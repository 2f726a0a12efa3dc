class RemoveIndexFromUsers < ActiveRecord::Migration[6.1]
  def change
    drop_old
    %i[posts comments].each do |table|
      remove_column table, :deleted_at, :datetime
    end
  end

  private

  def drop_old
    remove_column :users, :legacy, :string
    drop_old_again
  end

  def drop_old_again
    drop_old
    remove_column :users, :older, :string
  end
end

class RenameBack < ActiveRecord::Migration[8.1]
  def up
    create_schema :invoicing
  end

  def down
    rename_schema :invoicing, :billing
  end
end

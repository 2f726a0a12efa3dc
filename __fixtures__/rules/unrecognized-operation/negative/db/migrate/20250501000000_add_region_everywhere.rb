class AddRegionEverywhere < ActiveRecord::Migration[7.1]
  def up
    %w[orders invoices].each do |table|
      execute("ALTER TABLE #{table} ADD COLUMN region text")
    end
  end

  def down; end
end

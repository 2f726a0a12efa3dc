class CleanUpData < ActiveRecord::Migration[6.1]
  class Person < ActiveRecord::Base
  end

  class LegacyThing < ActiveRecord::Base
    self.table_name = "things_v1"
  end

  def up
    User.delete_all
    User.where(active: false).delete_all
    Category.destroy_all
    Address.find_each(&:destroy)
    Status.update_all(archived: true)
    Person.where(nickname: nil).update_all(nickname: "anon")
    Person.where(nickname: nil).update_all(nickname: "anon", age: 0)
    LegacyThing.in_batches.update_all(deleted_at: Time.current)
    User.in_batches(of: 500) do |batch|
      batch.where(locale: nil).update_all(locale: "en")
    end
    Comment.find_each do |comment|
      comment.destroy
    end
  end

  def down
    raise ActiveRecord::IrreversibleMigration
  end
end
